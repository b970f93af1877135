package example.mentoring.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Which routes API Gateway guards with the JWT authorizer, read from the template as SAM reads it")
class StackTemplateAuthTest {

    @TempDir
    Path dir;

    /** A template with one API ({@code apiAuth} its Auth block) and one function with these events. */
    private StackTemplate template(String apiAuth, String events) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  Api:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        Authorizers:
                          Jwt:
                            IdentitySource: $request.header.Authorization
                            JwtConfiguration: {issuer: https://issuer.example, audience: [client]}
                %s
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Handler::handleRequest
                      Events:
                %s""".formatted(apiAuth.indent(8).stripTrailing(), events.indent(8).stripTrailing()));
        return StackTemplate.load(file);
    }

    private static String route(String name, String path, String auth) {
        return """
                %s:
                  Type: HttpApi
                  Properties:
                    ApiId: !Ref Api
                    Method: GET
                    Path: %s
                %s
                """.formatted(name, path, auth.indent(4).stripTrailing());
    }

    private static Map<String, Boolean> guarded(StackTemplate template) {
        Map<String, Boolean> guarded = new TreeMap<>();
        template.functions().getFirst().routes().forEach(r -> guarded.put(r.path(), r.authorized()));
        return guarded;
    }

    @Test
    @DisplayName("without a DefaultAuthorizer only routes naming the authorizer are guarded")
    void explicitOnly() throws Exception {
        StackTemplate template = template("", String.join("", List.of(
                route("Open", "/open", ""),
                route("Named", "/named", "Auth: {Authorizer: Jwt}"),
                route("None", "/none", "Auth: {Authorizer: NONE}"))));
        assertEquals(Map.of("/open", false, "/named", true, "/none", false), guarded(template));
    }

    @Test
    @DisplayName("a DefaultAuthorizer guards every route that does not opt out with Authorizer: NONE")
    void defaultAuthorizer() throws Exception {
        StackTemplate template = template("DefaultAuthorizer: Jwt", String.join("", List.of(
                route("Open", "/open", ""),
                route("Named", "/named", "Auth: {Authorizer: Jwt}"),
                route("None", "/none", "Auth: {Authorizer: NONE}"))));
        assertEquals(Map.of("/open", true, "/named", true, "/none", false), guarded(template));
    }

    @Test
    @DisplayName("an authorizer the API does not declare, or authorization scopes, fail loudly rather than being ignored")
    void unemulated() throws Exception {
        StackTemplate unknown = template("", route("Typo", "/typo", "Auth: {Authorizer: Jtw}"));
        assertTrue(assertThrows(IllegalStateException.class, unknown::functions).getMessage().contains("Jtw"));
        StackTemplate scoped = template("", route("Scoped", "/scoped", "Auth: {Authorizer: Jwt, AuthorizationScopes: [read]}"));
        assertTrue(assertThrows(IllegalStateException.class, scoped::functions).getMessage().contains("scopes"));
    }
}
