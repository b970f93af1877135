package example.mentoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ids derived from content are SHA-256 hex, whole or cut")
class DigestsTest {

    @Test
    @DisplayName("the whole digest and its first bytes")
    void sha256() {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(abc, Digests.sha256Hex("abc"));
        assertEquals(abc.substring(0, 20), Digests.sha256Hex("abc", 10));
    }
}
