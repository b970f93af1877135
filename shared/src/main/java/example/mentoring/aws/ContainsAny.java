package example.mentoring.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition that holds when a string attribute contains any of some strings
 * ({@code contains(message, :m0) OR contains(message, :m1) …}), with the values it names: how an
 * erasure finds the items that mention a person by address or by name.
 */
public record ContainsAny(String condition, Map<String, AttributeValue> values) {

    /** {@code attribute} contains any of {@code terms} (at least one); values named {@code <prefix>0}, {@code <prefix>1}, …. */
    public static ContainsAny of(String attribute, String prefix, List<String> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("no terms to look for");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            conditions.add("contains(" + attribute + ", " + prefix + i + ")");
            values.put(prefix + i, AttributeValue.fromS(terms.get(i)));
        }
        return new ContainsAny("(" + String.join(" OR ", conditions) + ")", values);
    }
}
