package example.mentoring.text;

import java.util.regex.Pattern;

/**
 * The one rule for an email address, used by the application form and by every email we write,
 * so an address the form takes is an address the sender can deliver to: an RFC 5321 dot-atom
 * local part of at most 64 characters (letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots
 * between them, e.g. {@code o'brien+fall}) and a domain of at least two DNS labels, at most 254 in
 * all. Plain ASCII only: SES does not take international local parts.
 */
public final class EmailAddresses {

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<local>" + ATEXT + "(?:\\." + ATEXT + ")*)@" + LABEL + "(?:\\." + LABEL + ")+");

    public static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_LENGTH = 64;

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        var matcher = ADDRESS.matcher(address);
        return matcher.matches() && matcher.group("local").length() <= MAX_LOCAL_LENGTH;
    }
}
