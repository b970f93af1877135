package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DisplayName("Item sizes are counted as DynamoDB counts them")
class ItemSizeTest {

    @Test
    @DisplayName("strings count their UTF-8 bytes, names included")
    void strings() {
        assertEquals(2 + 3, ItemSize.of(Map.of("id", AttributeValue.fromS("abc"))));
        assertEquals(4 + 6, ItemSize.of(Map.of("name", AttributeValue.fromS("héllo"))), "é is two bytes");
        assertEquals(1 + 4, ItemSize.of(Map.of("t", AttributeValue.fromS("😀"))));
    }

    @Test
    @DisplayName("numbers count about a byte per two digits plus one")
    void numbers() {
        assertEquals(1 + 2, ItemSize.of(Map.of("n", AttributeValue.fromN("7"))));
        assertEquals(1 + 8, ItemSize.of(Map.of("n", AttributeValue.fromN("1764576000000"))));
    }

    @Test
    @DisplayName("lists and maps count 3 bytes, 1 per element, and their contents")
    void documents() {
        assertEquals(4 + 3 + (1 + 1) + (1 + 2),
                ItemSize.of(Map.of("tags", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("bc"))))));
        assertEquals(3 + 3 + (1 + 5 + 2),
                ItemSize.of(Map.of("rev", AttributeValue.fromM(Map.of("title", AttributeValue.fromS("hi"))))));
        assertEquals(1 + 1, ItemSize.of(Map.of("b", AttributeValue.fromBool(true))));
    }
}
