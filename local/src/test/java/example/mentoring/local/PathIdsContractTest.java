package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.PathIds;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("openapi.yaml declares the path id shapes the code enforces")
class PathIdsContractTest {

    @Test
    @DisplayName("every path parameter has the pattern and maxLength of its PathIds shape, and every shape is used")
    void sameShapes() throws IOException {
        JsonNode root = StackConsistencyTest.openApi();
        Set<String> seen = new TreeSet<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                JsonNode resolved = parameter.has("$ref")
                        ? root.at(parameter.path("$ref").asText().substring(1)) : parameter;
                if (!resolved.path("in").asText().equals("path")) {
                    continue;
                }
                String name = resolved.path("name").asText();
                String where = op.getKey() + " " + path.getKey() + " {" + name + "}";
                assertTrue(path.getKey().contains("{" + name + "}"), where);
                PathIds.Shape shape = PathIds.shape(name).orElseThrow(() -> new AssertionError(where + " has no PathIds shape"));
                assertEquals(shape.pattern().pattern(), resolved.path("schema").path("pattern").asText(), where);
                assertEquals(shape.maxLength(), resolved.path("schema").path("maxLength").asInt(), where);
                seen.add(name);
            }
        }));
        assertEquals(new TreeSet<>(PathIds.SHAPES.keySet()), seen);
    }
}
