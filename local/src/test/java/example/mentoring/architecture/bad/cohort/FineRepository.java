package example.mentoring.architecture.bad.cohort;

import example.mentoring.aws.AwsClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A repository (built from AwsClients): the SDK is allowed here, so no rule may name it. */
public final class FineRepository {

    private final DynamoDbClient dynamoDb;

    public FineRepository(AwsClients aws) {
        this.dynamoDb = aws.dynamoDb();
    }

    public int count() {
        return dynamoDb.listTables().tableNames().size();
    }
}
