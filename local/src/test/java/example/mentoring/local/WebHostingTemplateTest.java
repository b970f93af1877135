package example.mentoring.local;

import static example.mentoring.local.TemplateSecurityTest.properties;
import static example.mentoring.local.TemplateSecurityTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The web app's hosting in template.yaml: a private bucket behind CloudFront, strict headers, code + PKCE sign-in")
class WebHostingTemplateTest {

    private static JsonNode distribution() {
        return properties("WebDistribution").path("DistributionConfig");
    }

    private static List<JsonNode> behaviors() {
        List<JsonNode> all = new ArrayList<>();
        all.add(distribution().path("DefaultCacheBehavior"));
        distribution().path("CacheBehaviors").forEach(all::add);
        return all;
    }

    @Test
    @DisplayName("the bucket is private: public access blocked, read only by this distribution, over TLS")
    void privateBucket() {
        JsonNode block = properties("WebBucket").path("PublicAccessBlockConfiguration");
        for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertTrue(block.path(setting).asBoolean(false), setting);
        }
        JsonNode statements = properties("WebBucketPolicy").path("PolicyDocument").path("Statement");
        JsonNode read = statements.get(0);
        assertEquals("cloudfront.amazonaws.com", read.path("Principal").path("Service").asText());
        assertEquals("s3:GetObject", read.path("Action").asText());
        assertTrue(read.path("Condition").path("StringEquals").path("AWS:SourceArn").asText().contains("${WebDistribution}"));
        assertEquals("Deny", statements.get(1).path("Effect").asText());
    }

    @Test
    @DisplayName("CloudFront reads the bucket through origin access control and answers only over HTTPS")
    void originAccessControl() {
        JsonNode app = distribution().path("Origins").get(0);
        assertEquals("app", app.path("Id").asText());
        assertFalse(app.path("OriginAccessControlId").isMissingNode());
        assertEquals("", app.path("S3OriginConfig").path("OriginAccessIdentity").asText());
        behaviors().forEach(b -> assertEquals("redirect-to-https", b.path("ViewerProtocolPolicy").asText()));
    }

    @Test
    @DisplayName("the app's pages carry the local host's policy (plus Cognito's hosts), HSTS and no framing")
    void securityHeaders() {
        JsonNode app = behaviors().stream().filter(b -> b.path("PathPattern").asText().equals("/app/*")).findFirst().orElseThrow();
        assertFalse(app.path("ResponseHeadersPolicyId").isMissingNode());
        JsonNode headers = properties("WebSecurityHeaders").path("ResponseHeadersPolicyConfig").path("SecurityHeadersConfig");
        String csp = headers.path("ContentSecurityPolicy").path("ContentSecurityPolicy").asText();
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"));
        String withoutCognito = csp.replaceAll(" https://[^\\s;]*cognito[^\\s;]*", "");
        assertEquals(WebApp.CONTENT_SECURITY_POLICY, withoutCognito);
        assertTrue(headers.path("StrictTransportSecurity").path("AccessControlMaxAgeSec").asInt() >= 31_536_000);
        assertEquals("DENY", headers.path("FrameOptions").path("FrameOption").asText());
    }

    @Test
    @DisplayName("the app client signs in by authorization code (PKCE: no secret), returning only to the site's /app/")
    void codeFlowWithPkce() {
        JsonNode client = properties("UserPoolClient");
        assertEquals(List.of("code"), strings(client.path("AllowedOAuthFlows")));
        assertFalse(client.path("GenerateSecret").asBoolean(true));
        assertTrue(strings(client.path("AllowedOAuthScopes")).containsAll(List.of("openid", "email")));
        assertEquals(List.of("${PublicBaseUrl}/app/signed-in"), strings(client.path("CallbackURLs")));
        assertEquals(2, properties("UserPoolDomain").path("ManagedLoginVersion").asInt());
    }
}
