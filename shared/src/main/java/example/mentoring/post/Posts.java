package example.mentoring.post;

import static example.mentoring.aws.Attributes.s;
import static example.mentoring.aws.Attributes.n;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.ItemSize;
import example.mentoring.aws.PageTokens;
import example.mentoring.aws.Table;
import example.mentoring.aws.Write;
import example.mentoring.paging.Page;
import example.mentoring.text.Slugs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The posts table: posts under their id, one claim item per slug ({@code SLUG#<slug>}) that
 * makes slugs unique with a strongly consistent lookup, and a counter per taken base slug
 * ({@code SLUGCOUNT#<base>}) that numbers its duplicates; published posts carry the key of the
 * index that lists them newest first, posts waiting for review the key of the index that lists
 * them oldest first (the queue), and a participant's waiting edit as a map
 * ({@code pendingRevision}) beside the published text.
 */
public final class Posts {

    static final String CLAIM_PREFIX = "SLUG#";
    static final String COUNTER_PREFIX = "SLUGCOUNT#";
    static final String PUBLISHED = "PUBLISHED";
    /** The key of the sparse index that lists the posts waiting for a coordinator, oldest first. */
    static final String IN_REVIEW = "IN_REVIEW";
    /**
     * The largest post item written, in DynamoDB's own count ({@link ItemSize}): the 400 KB item
     * limit less headroom. Rendered HTML can be many times its Markdown (a table, say), and a
     * pending revision carries a second copy, so the limit is checked on the item, not the input.
     */
    static final long MAX_ITEM_BYTES = 350 * 1024;

    private final DynamoDbClient dynamo;
    private final String table;

    public Posts(AwsClients aws) {
        this.dynamo = aws.dynamoDb();
        this.table = aws.environment().tableName(Table.POSTS);
    }

    public boolean slugTaken(String slug) {
        Map<String, AttributeValue> claim = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("postId", s(CLAIM_PREFIX + slug)))).item();
        return claim != null && !claim.isEmpty();
    }

    /**
     * A slug for {@code base} and what its allocation writes: {@code base} itself, or else the next
     * of {@code base-2}, {@code base-3}… from a counter kept per base. Two reads however many posts
     * share the title; the counter's advance goes into the caller's transaction (so a refused
     * request leaves nothing behind), and the claim written with the post keeps slugs unique even
     * when two writers pick the same number at once (the loser retries).
     */
    public FreeSlug freeSlug(String base) {
        if (!slugTaken(base)) {
            return new FreeSlug(base, List.of());
        }
        Map<String, AttributeValue> key = Map.of("postId", s(COUNTER_PREFIX + base));
        Map<String, AttributeValue> counter = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(key)).item();
        long next = (counter == null || !counter.containsKey("taken") ? 1 : Long.parseLong(counter.get("taken").n())) + 1;
        Write advance = Write.update(Update.builder().tableName(table).key(key)
                .updateExpression("SET taken = :n")
                .conditionExpression("attribute_not_exists(taken) OR taken < :n")
                .expressionAttributeValues(Map.of(":n", n(next))).build());
        return new FreeSlug(Slugs.numbered(base, next), List.of(advance));
    }

    /** A slug, and the writes that allocate it (none when the base slug itself was free). */
    public record FreeSlug(String slug, List<Write> allocation) {

        /** {@code writes} followed by this slug's allocation. */
        public List<Write> with(List<Write> writes) {
            List<Write> all = new ArrayList<>(writes);
            all.addAll(allocation);
            return all;
        }
    }

    /** Writes of a new post and its slug claim (both fail the transaction if taken). */
    public List<Write> create(Post post) {
        return List.of(put(sized(post), "attribute_not_exists(postId)", Map.of()), claim(post));
    }

    /** Removes a new post and its claim again (undoing a creation whose other half failed). */
    public List<Write> remove(Post post) {
        return List.of(delete(post.postId()), delete(CLAIM_PREFIX + post.slug()));
    }

    /** Replaces a post if nobody changed it meanwhile; moves its slug claim when the slug changed. */
    List<Write> replace(Post before, Post after) {
        List<Write> writes = new ArrayList<>();
        writes.add(put(sized(after), "version = :v", Map.of(":v", n(before.version()))));
        if (!before.slug().equals(after.slug())) {
            writes.add(delete(CLAIM_PREFIX + before.slug()));
            writes.add(claim(after));
        }
        return writes;
    }

    /** The posts written by this address (index byAuthor: a person's data and its erasure). */
    public List<Post> byAuthor(String email) {
        List<Post> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName("byAuthor").keyConditionExpression("authorEmail = :email")
                        .expressionAttributeValues(Map.of(":email", s(email))))
                .items().forEach(item -> found.add(toPost(item)));
        return found;
    }

    /**
     * The erasure of a post's author: the byline (and a pending revision's) reads the erased
     * marker and the email becomes {@code pseudonym}; the text stays, it is the program's.
     */
    public Write eraseAuthor(Post post, String pseudonym) {
        String set = "SET authorEmail = :pseudonym, authorName = :erased"
                + (post.pendingRevision().isPresent() ? ", pendingRevision.authorName = :erased" : "");
        return Write.update(Update.builder().tableName(table).key(Map.of("postId", s(post.postId())))
                .updateExpression(set + " ADD version :one")
                .conditionExpression("authorEmail = :email")
                .expressionAttributeValues(Map.of(":pseudonym", s(pseudonym), ":erased", s(example.mentoring.application.Applications.ERASED),
                        ":one", n(1), ":email", s(post.authorEmail())))
                .build());
    }

    /** The post, or {@link PostNotFound}. */
    public Post get(String postId) {
        return find(postId).orElseThrow(() -> new PostNotFound(postId));
    }

    public Optional<Post> find(String postId) {
        if (postId.startsWith(CLAIM_PREFIX) || postId.startsWith(COUNTER_PREFIX)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("postId", s(postId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toPost(item));
    }

    public Optional<Post> findBySlug(String slug) {
        Map<String, AttributeValue> claim = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("postId", s(CLAIM_PREFIX + slug)))).item();
        return claim == null || claim.isEmpty() ? Optional.empty() : find(claim.get("claimedBy").s());
    }

    /** Published posts, newest first. */
    public Page<Post> published(Page.Request page) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName("byPublishedAt")
                .keyConditionExpression("feedKey = :published")
                .expressionAttributeValues(Map.of(":published", s(PUBLISHED)))
                .scanIndexForward(false);
        if (page.limited()) {
            query.limit(page.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("posts/byPublishedAt", "feedKey", PUBLISHED).string("postId").number("publishedAt");
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(Posts::toPost).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    /** The review queue: posts submitted and not yet published or returned, the longest-waiting first. */
    public Page<Post> inReview(Page.Request page) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName("inReview")
                .keyConditionExpression("reviewKey = :waiting")
                .expressionAttributeValues(Map.of(":waiting", s(IN_REVIEW)));
        if (page.limited()) {
            query.limit(page.limit());
        }
        PageTokens.Scope scope = PageTokens.scope("posts/inReview", "reviewKey", IN_REVIEW).string("postId").number("submittedAt");
        page.nextToken().map(scope::decode).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        return new Page<>(response.items().stream().map(Posts::toPost).toList(),
                scope.encode(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null));
    }

    /** The post's item, or a 413 {@code post-too-large} on {@code /bodyMarkdown} if it would not fit. */
    private static Map<String, AttributeValue> sized(Post post) {
        Map<String, AttributeValue> item = toItem(post);
        long bytes = ItemSize.of(item);
        if (bytes > MAX_ITEM_BYTES) {
            throw new PostTooLarge(bytes, MAX_ITEM_BYTES);
        }
        return item;
    }

    private Write claim(Post post) {
        return put(Map.of("postId", s(CLAIM_PREFIX + post.slug()), "claimedBy", s(post.postId())),
                "attribute_not_exists(postId)", Map.of());
    }

    private Write put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table).item(item).conditionExpression(condition);
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        return Write.put(put.build());
    }

    private Write delete(String postId) {
        return Write.delete(Delete.builder().tableName(table)
                .key(Map.of("postId", s(postId))).build());
    }

    private static Map<String, AttributeValue> toItem(Post p) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("postId", s(p.postId()));
        item.put("slug", s(p.slug()));
        item.put("status", s(p.status().name()));
        item.put("title", s(p.title()));
        item.put("bodyMarkdown", s(p.bodyMarkdown()));
        item.put("html", s(p.html()));
        item.put("summary", s(p.summary()));
        item.put("authorName", s(p.authorName()));
        item.put("authorEmail", s(p.authorEmail()));
        item.put("tags", AttributeValue.fromL(p.tags().stream().map(AttributeValue::fromS).toList()));
        p.cohortId().ifPresent(c -> item.put("cohortId", s(c)));
        item.put("createdAt", n(p.createdAt().toEpochMilli()));
        item.put("updatedAt", n(p.updatedAt().toEpochMilli()));
        p.publishedAt().ifPresent(t -> {
            item.put("publishedAt", n(t.toEpochMilli()));
            item.put("feedKey", s(PUBLISHED));
        });
        p.pendingRevision().ifPresent(r -> item.put("pendingRevision", AttributeValue.fromM(toItem(r))));
        p.review().submittedAt().ifPresent(t -> {
            item.put("submittedAt", n(t.toEpochMilli()));
            item.put("reviewKey", s(IN_REVIEW));
        });
        p.review().returnComment().ifPresent(c -> item.put("returnComment", s(c)));
        item.put("version", n(p.version()));
        return item;
    }

    private static Map<String, AttributeValue> toItem(Post.Revision r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("title", s(r.title()));
        item.put("bodyMarkdown", s(r.bodyMarkdown()));
        item.put("html", s(r.html()));
        item.put("summary", s(r.summary()));
        item.put("authorName", s(r.authorName()));
        item.put("tags", AttributeValue.fromL(r.tags().stream().map(AttributeValue::fromS).toList()));
        r.cohortId().ifPresent(c -> item.put("cohortId", s(c)));
        item.put("updatedAt", n(r.updatedAt().toEpochMilli()));
        return item;
    }

    private static Post.Revision toRevision(Map<String, AttributeValue> item) {
        return new Post.Revision(item.get("title").s(), item.get("bodyMarkdown").s(), item.get("html").s(),
                item.get("summary").s(), item.get("authorName").s(),
                item.get("tags").l().stream().map(AttributeValue::s).toList(),
                Optional.ofNullable(item.get("cohortId")).map(AttributeValue::s),
                Instant.ofEpochMilli(Long.parseLong(item.get("updatedAt").n())));
    }

    private static Post toPost(Map<String, AttributeValue> item) {
        return new Post(item.get("postId").s(), item.get("slug").s(), Post.PostStatus.valueOf(item.get("status").s()),
                item.get("title").s(), item.get("bodyMarkdown").s(), item.get("html").s(), item.get("summary").s(),
                item.get("authorName").s(), item.get("authorEmail").s(),
                item.get("tags").l().stream().map(AttributeValue::s).toList(),
                Optional.ofNullable(item.get("cohortId")).map(AttributeValue::s),
                Instant.ofEpochMilli(Long.parseLong(item.get("createdAt").n())),
                Instant.ofEpochMilli(Long.parseLong(item.get("updatedAt").n())),
                Optional.ofNullable(item.get("publishedAt")).map(v -> Instant.ofEpochMilli(Long.parseLong(v.n()))),
                Optional.ofNullable(item.get("pendingRevision")).map(v -> toRevision(v.m())),
                new Post.Review(Optional.ofNullable(item.get("submittedAt")).map(v -> Instant.ofEpochMilli(Long.parseLong(v.n()))),
                        Optional.ofNullable(item.get("returnComment")).map(AttributeValue::s)),
                Long.parseLong(item.get("version").n()));
    }
}
