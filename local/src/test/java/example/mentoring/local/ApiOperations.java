package example.mentoring.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import example.mentoring.emulator.ProjectRoot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The operations of openapi.yaml, with who may call each: its {@code security} and {@code x-who}. */
final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ApiOperations() {
    }

    /**
     * One operation. {@code who} is its {@code x-who} split on commas ({@code coordinator},
     * {@code participant}, {@code author}); empty for public operations.
     */
    record Operation(String operationId, String method, String path, boolean secured, Set<String> who) {
        String routeKey() {
            return method + " " + path;
        }
    }

    static List<Operation> load() {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(ProjectRoot.find().resolve("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        boolean securedByDefault = !root.path("security").isEmpty();
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            boolean secured = operation.has("security") ? !operation.path("security").isEmpty() : securedByDefault;
            Set<String> who = operation.has("x-who")
                    ? Set.copyOf(Arrays.stream(operation.path("x-who").asText().split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList())
                    : Set.of();
            if (secured && who.isEmpty()) {
                throw new IllegalStateException(operation.path("operationId").asText() + " is secured but has no x-who");
            }
            operations.add(new Operation(operation.path("operationId").asText(), entry.getKey().toUpperCase(Locale.ROOT),
                    path.getKey(), secured, who));
        }));
        return operations;
    }
}
