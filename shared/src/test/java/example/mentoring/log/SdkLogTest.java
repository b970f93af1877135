package example.mentoring.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DisplayName("The AWS SDK's logging reaches the JSON log at WARN, without the data it quotes")
class SdkLogTest {

    final ByteArrayOutputStream lines = new ByteArrayOutputStream();

    List<JsonNode> logged() {
        return lines.toString(StandardCharsets.UTF_8).lines().map(Json::parseBody).toList();
    }

    @AfterEach
    void restore() {
        Log.redirect(System.out);
    }

    @Test
    @DisplayName("SLF4J binds to this project's logger (not a no-op one), as the SDK would find it")
    void bound() {
        Logger logger = LoggerFactory.getLogger("software.amazon.awssdk.core.internal.http.Example");
        assertEquals(SdkLog.class, logger.getClass());
        assertTrue(logger.isWarnEnabled());
        assertFalse(logger.isInfoEnabled());
        assertFalse(logger.isDebugEnabled());
    }

    @Test
    @DisplayName("a warning is one JSON line with the logger, the pattern and the exception's class; below WARN nothing")
    void warnings() {
        Log.redirect(new PrintStream(lines, true, StandardCharsets.UTF_8));
        Logger logger = LoggerFactory.getLogger("software.amazon.awssdk.request");
        logger.info("Sending request to {}", "dana.whitfield@example.net");
        logger.debug("Body: {}", "{\"email\": \"dana.whitfield@example.net\"}");
        logger.warn("Retrying {} after {}", "PutItem dana.whitfield@example.net",
                new IllegalStateException("item dana.whitfield@example.net"));
        logger.error("Giving up");

        List<JsonNode> logged = logged();
        assertEquals(2, logged.size(), lines.toString(StandardCharsets.UTF_8));
        JsonNode warning = logged.getFirst();
        assertEquals("WARN", warning.path("level").asText());
        assertEquals("sdk.warn", warning.path("event").asText());
        assertEquals("software.amazon.awssdk.request", warning.path("logger").asText());
        assertEquals("Retrying {} after {}", warning.path("pattern").asText());
        assertEquals("java.lang.IllegalStateException", warning.path("exception").asText());
        assertEquals("ERROR", logged.get(1).path("level").asText());
        assertEquals("Giving up", logged.get(1).path("pattern").asText());
        assertFalse(lines.toString(StandardCharsets.UTF_8).contains("dana"), "arguments and messages stay out");
    }
}
