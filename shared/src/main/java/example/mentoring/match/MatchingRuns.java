package example.mentoring.match;

import example.mentoring.application.Applications;
import example.mentoring.aws.AwsClients;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.json.Json;
import example.mentoring.outcome.TryAgain;
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
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The matching-runs table. A run of a large cohort is megabytes of JSON, beyond DynamoDB's 400 KB
 * item limit: it is stored gzipped in chunk items ({@code <runId>#0000}…) written before the
 * run's header item ({@code <runId>}), so a run is visible only once it is complete.
 */
public final class MatchingRuns {

    static final int CHUNK_BYTES = 300 * 1024;
    /** The sparse index of runs being confirmed: only CONFIRMING headers carry its key. */
    static final String CONFIRMING_INDEX = "byConfirming";
    private static final String LISTED = "confirming";
    private static final String CONFIRMED = "confirmed";
    private static final String OF = "of";
    private static final String PROGRESS_AT = "progressAt";
    private static final String STARTED_AT = "confirmingSince";
    private static final String LEASE_ID = "leaseId";
    private static final String LEASE_UNTIL = "leaseUntil";
    /** How many times an erasure rewrote the body (header and chunks alike; absent: never). */
    private static final String REVISION = "revision";

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
        List<WriteRequest> chunks = chunks(run, 0).stream()
                .map(item -> WriteRequest.builder().putRequest(p -> p.item(item)).build()).toList();
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
        header.put("chunks", AttributeValue.fromN(Integer.toString(chunks.size())));
        header.put("totalScore", AttributeValue.fromN(Long.toString(run.result().stats().totalScore())));
        header.put("matched", AttributeValue.fromN(Integer.toString(run.result().stats().matched())));
        header.put("unmatched", AttributeValue.fromN(Integer.toString(run.result().stats().unmatched())));
        dynamo.putItem(r -> r.tableName(table).item(header));
    }

    /** The run's body, gzipped JSON, as chunk items of {@code revision}. */
    private List<Map<String, AttributeValue>> chunks(MatchingRun run, int revision) {
        byte[] body = gzip(Json.write(run).getBytes(StandardCharsets.UTF_8));
        List<Map<String, AttributeValue>> chunks = new ArrayList<>();
        for (int offset = 0; offset < body.length; offset += chunkBytes) {
            byte[] part = java.util.Arrays.copyOfRange(body, offset, Math.min(body.length, offset + chunkBytes));
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("cohortId", AttributeValue.fromS(run.cohortId()));
            item.put("runId", AttributeValue.fromS(chunkKey(run.runId(), chunks.size())));
            item.put("data", AttributeValue.fromB(SdkBytes.fromByteArray(part)));
            if (revision > 0) {
                item.put(REVISION, AttributeValue.fromN(Integer.toString(revision)));
            }
            chunks.add(item);
        }
        return chunks;
    }

    /** The run, or {@link RunNotFound}. */
    public MatchingRun get(String cohortId, String runId) {
        return find(cohortId, runId).orElseThrow(() -> new RunNotFound(runId));
    }

    public Optional<MatchingRun> find(String cohortId, String runId) {
        return stored(cohortId, runId).map(stored -> stored.run().withState(statusOf(stored.header()), progressOf(stored.header())));
    }

    /** A run as stored: its header, and its body as written (the header is where the status changes). */
    private record Stored(Map<String, AttributeValue> header, MatchingRun run) {
        int chunks() {
            return Integer.parseInt(header.get("chunks").n());
        }

        int revision() {
            return revisionOf(header);
        }
    }

    private Optional<Stored> stored(String cohortId, String runId) {
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> header = header(cohortId, runId);
            if (header == null || header.isEmpty()) {
                return Optional.empty();
            }
            int chunks = Integer.parseInt(header.get("chunks").n());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            boolean whole = true;
            for (int i = 0; i < chunks && whole; i++) {
                String chunk = chunkKey(runId, i);
                Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                        .key(key(cohortId, chunk))).item();
                whole = item != null && !item.isEmpty() && revisionOf(item) == revisionOf(header);
                if (whole) {
                    body.writeBytes(item.get("data").b().asByteArray());
                }
            }
            if (!whole) {
                if (attempt < 3) {
                    continue; // an erasure rewrote the body between the header's read and the chunks': read both again
                }
                throw new IllegalStateException("Run " + runId + " is unreadable: its chunks are not of the header's revision");
            }
            try {
                return Optional.of(new Stored(header, Json.mapper().readValue(gunzip(body.toByteArray()), MatchingRun.class)));
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalStateException("Run " + runId + " is unreadable", e);
            }
        }
    }

    /**
     * The writes, for one transaction, that erase applications from a stored run
     * ({@link MatchingRun#erasing}): its body rewritten in place as the next revision (chunks it no
     * longer needs deleted), provided the header is still at the revision read; empty when the run
     * holds none of them or does not exist. Readers see the old body or the new, never a mix: every
     * chunk carries the revision, and a read that meets another revision than its header's reads
     * again. A body of more than {@link #MOST_BYTES_ERASED} gzipped bytes is refused rather than
     * rewritten over more than one transaction.
     */
    public List<Write> erase(String cohortId, String runId, Set<String> applicationIds, String pseudonym) {
        Optional<Stored> stored = stored(cohortId, runId);
        Optional<MatchingRun> erased = stored.flatMap(s -> s.run().erasing(applicationIds, pseudonym, Applications.ERASED));
        if (erased.isEmpty()) {
            return List.of();
        }
        int revision = stored.get().revision() + 1;
        List<Map<String, AttributeValue>> chunks = chunks(erased.get(), revision);
        int before = stored.get().chunks();
        long bytes = chunks.stream().mapToLong(chunk -> chunk.get("data").b().asByteArrayUnsafe().length).sum();
        if (1 + Math.max(chunks.size(), before) > 100 || bytes > MOST_BYTES_ERASED) {
            throw new IllegalStateException("Run " + runId + " is larger than one transaction can rewrite");
        }
        List<Write> writes = new ArrayList<>();
        writes.add(Write.update(Update.builder().tableName(table).key(key(cohortId, runId))
                .updateExpression("SET #chunks = :chunks, #revision = :revision")
                .conditionExpression(revision == 1 ? "attribute_not_exists(#revision)" : "#revision = :read")
                .expressionAttributeNames(Map.of("#chunks", "chunks", "#revision", REVISION))
                .expressionAttributeValues(revision == 1
                        ? Map.of(":chunks", number(chunks.size()), ":revision", number(revision))
                        : Map.of(":chunks", number(chunks.size()), ":revision", number(revision), ":read", number(revision - 1)))
                .build()).refusing(() -> new TryAgain("Another erasure rewrote matching run " + runId + " at the same time;"
                        + " nothing of this one's rewrite was stored. Ask again: an erasure goes on where it stopped.",
                        java.time.Duration.ofSeconds(1))));
        chunks.forEach(item -> writes.add(Write.put(Put.builder().tableName(table).item(item).build())));
        for (int i = chunks.size(); i < before; i++) {
            writes.add(Write.delete(Delete.builder().tableName(table).key(key(cohortId, chunkKey(runId, i))).build()));
        }
        return writes;
    }

    /** Most bytes of body an erasure rewrites: one transaction holds 100 writes and 4 MB. */
    static final int MOST_BYTES_ERASED = 3_500_000;

    private static int revisionOf(Map<String, AttributeValue> item) {
        return item.containsKey(REVISION) ? Integer.parseInt(item.get(REVISION).n()) : 0;
    }

    private static AttributeValue number(int value) {
        return AttributeValue.fromN(Integer.toString(value));
    }

    private Map<String, AttributeValue> header(String cohortId, String runId) {
        return dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(key(cohortId, runId))).item();
    }

    private static MatchingRun.RunStatus statusOf(Map<String, AttributeValue> header) {
        return MatchingRun.RunStatus.valueOf(header.get("status").s());
    }

    private static MatchingRun.Progress progressOf(Map<String, AttributeValue> header) {
        return header.containsKey(OF)
                ? new MatchingRun.Progress(Integer.parseInt(header.get(CONFIRMED).n()), Integer.parseInt(header.get(OF).n()))
                : null;
    }

    /** The runs of a cohort, oldest first (run ids sort by creation). */
    public List<RunHeader> headers(String cohortId) {
        return dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("cohortId = :cohort")
                        .filterExpression("attribute_exists(#status)")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":cohort", AttributeValue.fromS(cohortId))))
                .items().stream().map(item -> new RunHeader(item.get("runId").s(),
                        MatchingRun.RunStatus.valueOf(item.get("status").s()),
                        Instant.ofEpochMilli(Long.parseLong(item.get("createdAt").n())),
                        Long.parseLong(item.get("totalScore").n()), Integer.parseInt(item.get("matched").n()),
                        Integer.parseInt(item.get("unmatched").n())))
                .toList();
    }

    // ------------------------------------------------------------------ confirmation state

    /**
     * Starts confirming a PROPOSED run: status CONFIRMING, progress 0 of {@code of}, the run listed
     * in the {@code byConfirming} index that the worker reads, and leased to {@code worker} (the
     * request's own, so that a worker woken by this very change cannot take it first). False if it
     * had started before.
     */
    public boolean startConfirming(String cohortId, String runId, int of, String worker, Instant now, Instant until) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(cohortId, runId))
                    .updateExpression("SET #status = :confirming, #confirmed = :zero, #of = :of, #listed = :confirming,"
                            + " #progressAt = :now, #startedAt = :now, #leaseId = :worker, #leaseUntil = :until")
                    .conditionExpression("#status = :proposed")
                    .expressionAttributeNames(Map.of("#status", "status", "#confirmed", CONFIRMED, "#of", OF,
                            "#listed", LISTED, "#progressAt", PROGRESS_AT, "#startedAt", STARTED_AT,
                            "#leaseId", LEASE_ID, "#leaseUntil", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(
                            ":confirming", AttributeValue.fromS(MatchingRun.RunStatus.CONFIRMING.name()),
                            ":proposed", AttributeValue.fromS(MatchingRun.RunStatus.PROPOSED.name()),
                            ":zero", AttributeValue.fromN("0"), ":of", AttributeValue.fromN(Integer.toString(of)),
                            ":now", millis(now), ":worker", AttributeValue.fromS(worker), ":until", millis(until))));
            return true;
        } catch (ConditionalCheckFailedException startedBefore) {
            return false;
        }
    }

    /**
     * Takes the lease on a CONFIRMING run for {@code worker} until {@code until}, if nobody holds
     * it (or it ran out at {@code now}); answers where to go on from.
     */
    public Optional<Lease> lease(String cohortId, String runId, String worker, Instant now, Instant until) {
        try {
            Map<String, AttributeValue> after = dynamo.updateItem(r -> r.tableName(table).key(key(cohortId, runId))
                    .updateExpression("SET #leaseId = :worker, #leaseUntil = :until")
                    .conditionExpression("#status = :confirming AND (attribute_not_exists(#leaseUntil)"
                            + " OR #leaseUntil < :now OR #leaseId = :worker)")
                    .expressionAttributeNames(Map.of("#status", "status", "#leaseId", LEASE_ID, "#leaseUntil", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(
                            ":confirming", AttributeValue.fromS(MatchingRun.RunStatus.CONFIRMING.name()),
                            ":worker", AttributeValue.fromS(worker), ":until", millis(until), ":now", millis(now)))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return Optional.of(new Lease(Integer.parseInt(after.get(CONFIRMED).n()),
                    Instant.ofEpochMilli(Long.parseLong(after.get(STARTED_AT).n()))));
        } catch (ConditionalCheckFailedException heldOrNotConfirming) {
            return Optional.empty();
        }
    }

    /** A worker's lease on a run being confirmed: the steps done so far, and when the confirmation started. */
    public record Lease(int confirmed, Instant startedAt) {
    }

    /**
     * The checkpoint {@code from} → {@code to}, as a write to go in the same transaction as the
     * steps it counts: it holds only while {@code worker} has the lease and nobody moved the
     * checkpoint, and it extends the lease to {@code until}.
     */
    public Write checkpoint(String cohortId, String runId, String worker, int from, int to, Instant now,
                            Instant until) {
        return Write.update(Update.builder().tableName(table).key(key(cohortId, runId))
                .updateExpression("SET #confirmed = :to, #progressAt = :now, #leaseUntil = :until")
                .conditionExpression("#leaseId = :worker AND #confirmed = :from")
                .expressionAttributeNames(Map.of("#confirmed", CONFIRMED, "#progressAt", PROGRESS_AT,
                        "#leaseUntil", LEASE_UNTIL, "#leaseId", LEASE_ID))
                .expressionAttributeValues(Map.of(":to", AttributeValue.fromN(Integer.toString(to)),
                        ":from", AttributeValue.fromN(Integer.toString(from)), ":now", millis(now),
                        ":until", millis(until), ":worker", AttributeValue.fromS(worker)))
                .build());
    }

    /** The checkpoint on its own, for steps that are not DynamoDB writes; false if the lease was lost or the checkpoint moved. */
    public boolean advance(String cohortId, String runId, String worker, int from, int to, Instant now, Instant until) {
        Update update = checkpoint(cohortId, runId, worker, from, to, now, until).sdkItem().update();
        try {
            dynamo.updateItem(r -> r.tableName(table).key(update.key()).updateExpression(update.updateExpression())
                    .conditionExpression(update.conditionExpression())
                    .expressionAttributeNames(update.expressionAttributeNames())
                    .expressionAttributeValues(update.expressionAttributeValues()));
            return true;
        } catch (ConditionalCheckFailedException lostOrMoved) {
            return false;
        }
    }

    /** Gives the lease back (time is up for this worker), so that the next can take it at once. */
    public void release(String cohortId, String runId, String worker) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(cohortId, runId))
                    .updateExpression("REMOVE #leaseId, #leaseUntil")
                    .conditionExpression("#leaseId = :worker")
                    .expressionAttributeNames(Map.of("#leaseId", LEASE_ID, "#leaseUntil", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(":worker", AttributeValue.fromS(worker))));
        } catch (ConditionalCheckFailedException notHeld) {
            // taken over meanwhile: nothing to give back
        }
    }

    /** CONFIRMED: off the worker's index, lease gone. Only the lease holder, once every step is done. */
    public boolean markConfirmed(String cohortId, String runId, String worker, int steps, Instant now) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(cohortId, runId))
                    .updateExpression("SET #status = :confirmed, #progressAt = :now REMOVE #listed, #leaseId, #leaseUntil")
                    .conditionExpression("#leaseId = :worker AND #confirmed = :steps")
                    .expressionAttributeNames(Map.of("#status", "status", "#progressAt", PROGRESS_AT, "#listed", LISTED,
                            "#leaseId", LEASE_ID, "#leaseUntil", LEASE_UNTIL, "#confirmed", CONFIRMED))
                    .expressionAttributeValues(Map.of(
                            ":confirmed", AttributeValue.fromS(MatchingRun.RunStatus.CONFIRMED.name()),
                            ":worker", AttributeValue.fromS(worker), ":now", millis(now),
                            ":steps", AttributeValue.fromN(Integer.toString(steps)))));
            return true;
        } catch (ConditionalCheckFailedException lostOrMoved) {
            return false;
        }
    }

    /** A run being confirmed, as the worker's index lists it. */
    public record Confirming(String cohortId, String runId, int confirmed, int of, Instant progressAt,
                             Optional<Instant> leaseUntil) {
    }

    /** Every run being confirmed (a handful at most: the index holds only CONFIRMING runs). */
    public List<Confirming> confirming() {
        return dynamo.queryPaginator(r -> r.tableName(table).indexName(CONFIRMING_INDEX)
                        .keyConditionExpression("#listed = :confirming")
                        .expressionAttributeNames(Map.of("#listed", LISTED))
                        .expressionAttributeValues(Map.of(":confirming",
                                AttributeValue.fromS(MatchingRun.RunStatus.CONFIRMING.name()))))
                .items().stream().map(item -> new Confirming(item.get("cohortId").s(), item.get("runId").s(),
                        Integer.parseInt(item.get(CONFIRMED).n()), Integer.parseInt(item.get(OF).n()),
                        Instant.ofEpochMilli(Long.parseLong(item.get(PROGRESS_AT).n())),
                        Optional.ofNullable(item.get(LEASE_UNTIL)).map(v -> Instant.ofEpochMilli(Long.parseLong(v.n())))))
                .toList();
    }

    private static AttributeValue millis(Instant at) {
        return AttributeValue.fromN(Long.toString(at.toEpochMilli()));
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
