package example.mentoring.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Transaction request tokens fit DynamoDB's 36 characters")
class TransactionsTest {

    @Test
    @DisplayName("short tokens are kept, long ones become a stable 32-character digest")
    void tokens() {
        assertEquals("01JDR7K2M3N4P5Q6R7S8T9V0W1", Transactions.requestToken("01JDR7K2M3N4P5Q6R7S8T9V0W1"));
        String exactly36 = "01JDR7K2M3N4P5Q6R7S8T9V0W1-10000-320";
        assertEquals(exactly36, Transactions.requestToken(exactly36));
        String longer = exactly36 + "1";
        assertEquals(32, Transactions.requestToken(longer).length());
        assertEquals(Transactions.requestToken(longer), Transactions.requestToken(longer));
        assertNotEquals(Transactions.requestToken(longer), Transactions.requestToken(longer + "2"));
    }
}
