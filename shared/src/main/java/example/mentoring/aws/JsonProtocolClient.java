package example.mentoring.aws;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * One AWS service, spoken to in its JSON protocol (a {@code POST} naming the operation in
 * {@code X-Amz-Target}), for the few read-only calls this project makes outside DynamoDB: a
 * secret's value, a user pool group's members. It is built from the SDK's own parts (its SigV4
 * signer, HTTP client and credentials, as {@link AwsClients} configures them), without the
 * service's generated client: that client is 0.7 MB (Secrets Manager) to 3.7 MB (Cognito) of
 * every jar that carries it, and building it is most of a cold start's first such call (README
 * "Cold start"). Throttling, 5xx answers and I/O errors are tried again with {@link Backoff}, as
 * the SDK's standard retry mode would; any other refusal is an {@link AwsRefusal} naming its
 * error type.
 */
public final class JsonProtocolClient {

    /** A service this project calls in its JSON protocol. */
    public enum Service {
        SECRETS_MANAGER("secretsmanager", "secretsmanager"),
        COGNITO_IDENTITY_PROVIDER("cognito-idp", "AWSCognitoIdentityProviderService");

        private final String name;
        private final String targetPrefix;

        Service(String name, String targetPrefix) {
            this.name = name;
            this.targetPrefix = targetPrefix;
        }
    }

    /** A refusal from the service: its error type (e.g. {@code ResourceNotFoundException}) and HTTP status. */
    public static final class AwsRefusal extends RuntimeException {
        private final String type;
        private final int status;

        AwsRefusal(String type, int status, String message) {
            super(type + " (" + status + "): " + message);
            this.type = type;
            this.status = status;
        }

        public String type() {
            return type;
        }

        public int status() {
            return status;
        }
    }

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    /** Error types that mean "slow down", whatever the status. */
    private static final Set<String> THROTTLING = Set.of("ThrottlingException", "Throttling", "TooManyRequestsException",
            "RequestLimitExceeded", "LimitExceededException");

    private final Service service;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final URI endpoint;
    private final Backoff backoff;

    JsonProtocolClient(Service service, SdkHttpClient http, AwsCredentialsProvider credentials, String region,
                       Optional<URI> endpointOverride, int maxAttempts) {
        this.service = service;
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpointOverride.orElse(URI.create("https://" + service.name + "." + region + ".amazonaws.com"));
        this.backoff = Backoff.forServiceCalls(maxAttempts);
    }

    /** Calls {@code operation} with {@code request} (written as JSON); its answer, read as JSON. */
    public JsonNode call(String operation, Map<String, ?> request) {
        byte[] body = Json.write(request).getBytes(StandardCharsets.UTF_8);
        Duration paused = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            RuntimeException failure;
            try {
                return send(operation, body);
            } catch (AwsRefusal refusal) {
                if (!retryable(refusal)) {
                    throw refusal;
                }
                failure = refusal;
            } catch (UncheckedIOException ioFailure) {
                failure = ioFailure;
            }
            Optional<Duration> pause = backoff.next(attempt, paused);
            if (pause.isEmpty()) {
                throw failure;
            }
            backoff.sleep(pause.get());
            paused = paused.plus(pause.get());
        }
    }

    private JsonNode send(String operation, byte[] body) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("X-Amz-Target", service.targetPrefix + "." + operation)
                .putHeader("Content-Length", Integer.toString(body.length))
                .build();
        ContentStreamProvider content = ContentStreamProvider.fromByteArrayUnsafe(body);
        SignedRequest signed = SIGNER.sign(r -> r.identity(credentials.resolveCredentials()).request(request).payload(content)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service.name)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(content)).build()).call();
            JsonNode answer = read(response.responseBody());
            int status = response.httpResponse().statusCode();
            if (status / 100 != 2) {
                String type = answer.path("__type").asText(response.httpResponse()
                        .firstMatchingHeader("x-amzn-ErrorType").orElse("UnknownError"));
                throw new AwsRefusal(type.substring(type.lastIndexOf('#') + 1).split(":")[0], status,
                        answer.path("message").asText(answer.path("Message").asText("")));
            }
            return answer;
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }

    private static JsonNode read(Optional<? extends InputStream> body) throws IOException {
        try (InputStream content = body.isPresent() ? body.get() : new ByteArrayInputStream(new byte[0])) {
            byte[] bytes = content.readAllBytes();
            return bytes.length == 0 ? Json.object() : Json.parse(bytes);
        }
    }

    private static boolean retryable(AwsRefusal refusal) {
        return refusal.status() >= 500 || refusal.status() == 429 || THROTTLING.contains(refusal.type());
    }
}
