package example.mentoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("One address rule for the form and the sender")
class EmailAddressesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("dot-atom local parts with the characters people really use; nothing that could break a header or a link")
    @CsvSource(delimiter = '|', value = {
            "o'brien+fall@example.org | true",
            "marlowe@example.org | true",
            "first.last@library.k12.us | true",
            "a!#$%&*/=?^_`{}~-b@example.org | true",
            "x@sub-domain.example.co | true",
            ".leading@example.org | false",
            "trailing.@example.org | false",
            "double..dot@example.org | false",
            "no-domain@localhost | false",
            "space in@example.org | false",
            "quote\"d@example.org | false",
            "angle<@example.org | false",
            "comma,@example.org | false",
            "two@@example.org | false",
            "naïve@example.org | false",
            "x@-bad.example.org | false",
            "x@bad-.example.org | false",
            "'' | false"})
    void rule(String address, boolean valid) {
        assertEquals(valid, EmailAddresses.isValid(address));
    }

    @ParameterizedTest(name = "local part of {0} characters -> {1}")
    @DisplayName("the local part has at most 64 characters and the whole address at most 254 (SES refuses more)")
    @CsvSource({"64, true", "65, false"})
    void lengths(int localLength, boolean valid) {
        assertEquals(valid, EmailAddresses.isValid("a".repeat(localLength) + "@example.org"));
        String domainOf250 = "a".repeat(62) + "." + "b".repeat(62) + "." + "c".repeat(62) + "." + "d".repeat(58) + ".org";
        assertEquals(true, EmailAddresses.isValid("xy@" + domainOf250.substring(1)));
        assertEquals(false, EmailAddresses.isValid("xyzab@" + domainOf250));
    }
}
