package example.mentoring.match;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Table;
import example.mentoring.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The matching-runs table. A run of a large cohort is megabytes of JSON, beyond DynamoDB's 400 KB
 * item limit: it is stored gzipped in chunk items ({@code <runId>#0000}…) written before the
 * run's header item ({@code <runId>}), so a run is visible only once it is complete.
 */
public final class MatchingRuns {

    static final int CHUNK_BYTES = 300 * 1024;

    private final DynamoDbClient dynamo;
    private final String table;
    private final int chunkBytes;

    public MatchingRuns(AwsClients aws) {
        this(aws, CHUNK_BYTES);
    }

    /** With smaller chunks, so that tests see runs spread over many items. */
    MatchingRuns(AwsClients aws, int chunkBytes) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.MATCHING_RUNS);
        this.chunkBytes = chunkBytes;
    }

    /** A run's header: enough to list runs without reading them. */
    public record RunHeader(String runId, MatchingRun.RunStatus status, Instant createdAt, long totalScore,
                            int matched, int unmatched) {
    }

    public void save(MatchingRun run) {
        byte[] body = gzip(Json.write(run).getBytes(StandardCharsets.UTF_8));
        List<WriteRequest> chunks = new ArrayList<>();
        int count = 0;
        for (int offset = 0; offset < body.length; offset += chunkBytes, count++) {
            byte[] part = java.util.Arrays.copyOfRange(body, offset, Math.min(body.length, offset + chunkBytes));
            Map<String, AttributeValue> item = Map.of(
                    "cohortId", AttributeValue.fromS(run.cohortId()),
                    "runId", AttributeValue.fromS(chunkKey(run.runId(), count)),
                    "data", AttributeValue.fromB(SdkBytes.fromByteArray(part)));
            chunks.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        for (int i = 0; i < chunks.size(); i += 25) {
            List<WriteRequest> batch = chunks.subList(i, Math.min(chunks.size(), i + 25));
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
            }
        }
        Map<String, AttributeValue> header = new HashMap<>();
        header.put("cohortId", AttributeValue.fromS(run.cohortId()));
        header.put("runId", AttributeValue.fromS(run.runId()));
        header.put("status", AttributeValue.fromS(run.status().name()));
        header.put("createdAt", AttributeValue.fromN(Long.toString(run.createdAt().toEpochMilli())));
        header.put("chunks", AttributeValue.fromN(Integer.toString(count)));
        header.put("totalScore", AttributeValue.fromN(Long.toString(run.result().stats().totalScore())));
        header.put("matched", AttributeValue.fromN(Integer.toString(run.result().stats().matched())));
        header.put("unmatched", AttributeValue.fromN(Integer.toString(run.result().stats().unmatched())));
        dynamo.putItem(r -> r.tableName(table).item(header));
    }

    /** The run, or {@link RunNotFound}. */
    public MatchingRun get(String cohortId, String runId) {
        return find(cohortId, runId).orElseThrow(() -> new RunNotFound(runId));
    }

    public Optional<MatchingRun> find(String cohortId, String runId) {
        Map<String, AttributeValue> header = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(cohortId, runId))).item();
        if (header == null || header.isEmpty()) {
            return Optional.empty();
        }
        int chunks = Integer.parseInt(header.get("chunks").n());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < chunks; i++) {
            String chunk = chunkKey(runId, i);
            body.writeBytes(dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(key(cohortId, chunk)))
                    .item().get("data").b().asByteArray());
        }
        try {
            MatchingRun run = Json.MAPPER.readValue(gunzip(body.toByteArray()), MatchingRun.class);
            // the header is where the status changes; the body keeps what the run was
            MatchingRun.RunStatus status = MatchingRun.RunStatus.valueOf(header.get("status").s());
            return Optional.of(status == MatchingRun.RunStatus.CONFIRMED ? run.confirmed() : run);
        } catch (IOException e) {
            throw new IllegalStateException("Run " + runId + " is unreadable", e);
        }
    }

    /** The runs of a cohort, oldest first (run ids sort by creation). */
    public List<RunHeader> headers(String cohortId) {
        List<RunHeader> headers = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(r -> r.tableName(table).consistentRead(true)
                    .keyConditionExpression("cohortId = :cohort")
                    .filterExpression("attribute_exists(#status)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":cohort", AttributeValue.fromS(cohortId)))
                    .exclusiveStartKey(from));
            page.items().forEach(item -> headers.add(new RunHeader(item.get("runId").s(),
                    MatchingRun.RunStatus.valueOf(item.get("status").s()),
                    Instant.ofEpochMilli(Long.parseLong(item.get("createdAt").n())),
                    Long.parseLong(item.get("totalScore").n()), Integer.parseInt(item.get("matched").n()),
                    Integer.parseInt(item.get("unmatched").n()))));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return headers;
    }

    public void markConfirmed(String cohortId, String runId) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(cohortId, runId))
                    .updateExpression("SET #status = :confirmed")
                    .conditionExpression("attribute_exists(runId)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":confirmed", AttributeValue.fromS(MatchingRun.RunStatus.CONFIRMED.name()))));
        } catch (ConditionalCheckFailedException missing) {
            throw new IllegalStateException("Run " + runId + " vanished while being confirmed", missing);
        }
    }

    private static Map<String, AttributeValue> key(String cohortId, String sortKey) {
        return Map.of("cohortId", AttributeValue.fromS(cohortId), "runId", AttributeValue.fromS(sortKey));
    }

    private static String chunkKey(String runId, int index) {
        return runId + "#" + String.format("%04d", index);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
