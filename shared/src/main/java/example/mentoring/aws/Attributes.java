package example.mentoring.aws;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short names for the attribute values repositories write most: strings and numbers. */
public final class Attributes {

    private Attributes() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
