package example.mentoring.local;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.emulator.MotoServer;
import example.mentoring.emulator.StackTemplate;
import example.mentoring.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A local host of its own (free ports, its own Moto) and an HTTP client speaking to it, for tests. */
final class LocalApi implements AutoCloseable {

    private final LocalHost host;
    private final int motoPort;
    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();

    LocalApi() {
        this.motoPort = MotoServer.freePort();
        this.host = LocalHost.start(0, Optional.empty(), motoPort);
    }

    /** The local host's own address, for requests built by hand (raw bytes, odd encodings). */
    URI base() {
        return URI.create("http://localhost:" + host.port());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A client of the local host's DynamoDB (its Moto), to look at what was stored. */
    DynamoDbClient dynamo() {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create("http://localhost:" + motoPort))
                .region(Region.of(StackTemplate.REGION))
                .credentialsProvider(() -> AwsBasicCredentials.create("test", "test"))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    HttpRequest request(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + host.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json");
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    HttpResponse<String> send(String method, String path, String token, String body, String... headers) throws Exception {
        return client.send(request(method, path, token, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String token, String body) {
        return client.sendAsync(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token from the local host, as Cognito would issue one. */
    String token(String email, String... groups) throws Exception {
        return Json.parseBody(send("POST", "/_local/tokens", null,
                Json.write(Map.of("email", email, "groups", List.of(groups)))).body()).path("token").asText();
    }

    /** A bearer token whose {@code email_verified} claim is false, as for an email changed but not confirmed. */
    String unverifiedToken(String email) throws Exception {
        return Json.parseBody(send("POST", "/_local/tokens", null,
                Json.write(Map.of("email", email, "emailVerified", false))).body()).path("token").asText();
    }

    /** What went through the emulated SES, oldest first. */
    List<JsonNode> emails() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        Json.parseBody(send("GET", "/_local/emails", null, null).body()).path("items").forEach(found::add);
        return found;
    }

    @Override
    public void close() {
        host.close();
    }
}
