package example.mentoring.notification.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import example.mentoring.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Email messages in the outbox")
class EmailMessagesJsonTest {

    @Test
    @DisplayName("every kind is stored as the text databind wrote (the sender reads it back with databind)")
    void everyKindWrittenAsDatabindDid() throws Exception {
        for (EmailMessage message : Examples.oneOfEachKind()) {
            assertEquals(Json.mapper().writeValueAsString(message), Json.write(message), message.getClass().getSimpleName());
        }
    }
}
