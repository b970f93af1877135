package example.mentoring.post;

import com.github.f4b6a3.ulid.UlidCreator;
import example.mentoring.access.CoordinatorDirectory;
import example.mentoring.access.Principal;
import example.mentoring.aws.Transactions.ConditionsFailed;
import example.mentoring.aws.Transactions;
import example.mentoring.aws.Write;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.link.LinkPurpose;
import example.mentoring.link.SignedLinks;
import example.mentoring.log.Log;
import example.mentoring.match.Match;
import example.mentoring.match.Matches;
import example.mentoring.notification.Outbox;
import example.mentoring.paging.Page;
import example.mentoring.notification.email.NewsletterEntry;
import example.mentoring.notification.email.PostReturned;
import example.mentoring.notification.email.PostSubmitted;
import example.mentoring.outcome.ConcurrentUpdate;
import example.mentoring.outcome.Forbidden;
import example.mentoring.outcome.Invalid;
import example.mentoring.text.Digests;
import example.mentoring.text.Slugs;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writing, reviewing and publishing posts. Coordinators and matched participants write drafts (a
 * participant edits only their own); an author submits a draft (or an edit of their published
 * post) for review, and the coordinators are emailed; a coordinator publishes it or returns it to
 * its author with a comment, which is emailed to the author; coordinators publish. Markdown is rendered and sanitized here, once, when
 * a post is written. Publishing with a cohort emails the post, through the outbox, to that
 * cohort's matched participants who have not unsubscribed; ids derived from post and address make
 * a repeated publish send nothing twice.
 */
public final class Editorial {

    static final int ATTEMPTS = 3;
    static final int NEWSLETTERS_PER_TRANSACTION = 100;

    private final Posts posts;
    private final Matches matches;
    private final Cohorts cohorts;
    private final CoordinatorDirectory coordinators;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final Transactions transactions;
    private final PostRendering rendering;
    private final PostLinks links;
    private final SignedLinks signedLinks;
    private final String programName;
    private final Clock clock;

    public Editorial(Posts posts, Matches matches, Cohorts cohorts, CoordinatorDirectory coordinators,
                     Subscriptions subscriptions, Outbox outbox, Transactions transactions, PostRendering rendering,
                     PostLinks links, SignedLinks signedLinks, String programName, Clock clock) {
        this.posts = posts;
        this.matches = matches;
        this.cohorts = cohorts;
        this.coordinators = coordinators;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.transactions = transactions;
        this.rendering = rendering;
        this.links = links;
        this.signedLinks = signedLinks;
        this.programName = programName;
        this.clock = clock;
    }

    /** What a publish did: the post, and how many newsletters it put in the outbox. */
    public record Published(Post post, int newslettersQueued) {
    }

    public Post create(Principal caller, PostText text) {
        String email = caller.requireAuthenticated().email().orElseThrow();
        PostForm form = text.signed(bylineOf(caller));
        Instant now = clock.instant();
        String postId = "p" + UlidCreator.getMonotonicUlid().toString().toLowerCase();
        for (int attempt = 1; ; attempt++) {
            Posts.FreeSlug slug = posts.freeSlug(Slugs.slugify(form.title()));
            Post post = rendering.draft(postId, slug.slug(), form, email, now);
            try {
                transactions.write(slug.with(posts.create(post)));
                Log.info("post.drafted", Map.of("postId", postId));
                return post;
            } catch (ConditionsFailed slugTakenMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw busy();
                }
            }
        }
    }

    /**
     * Edits a post. A draft, or a coordinator's edit of a published post, changes it in place; a
     * participant's edit of their published post waits as its pending revision (replacing an
     * earlier one) while the published text stays, until a coordinator publishes it.
     */
    public Post update(Principal caller, String postId, PostText text) {
        Post before = editable(caller, postId);
        PostForm form = text.signed(bylineOf(caller));
        Instant now = clock.instant();
        if (before.isPublished() && !caller.isCoordinator()) {
            Post revised = replace(before, rendering.revise(before, form, now));
            Log.info("post.revised", Map.of("postId", postId));
            return revised;
        }
        Posts.FreeSlug slug = new Posts.FreeSlug(before.slug(), List.of());
        if (!before.isPublished() && !Slugs.slugify(form.title()).equals(Slugs.slugify(before.title()))) {
            String base = Slugs.slugify(form.title());
            slug = base.equals(before.slug()) ? new Posts.FreeSlug(base, List.of()) : posts.freeSlug(base);
        }
        Post after = rendering.edit(before, slug.slug(), form, now);
        try {
            transactions.write(slug.with(posts.replace(before, after)));
        } catch (ConditionsFailed changedMeanwhile) {
            throw busy();
        }
        return after;
    }

    /** The post as its author or a coordinator edits it: drafts, the review state and any pending revision. */
    public Post forEditing(Principal caller, String postId) {
        return editable(caller, postId);
    }

    /**
     * Sends the caller's post for review: a draft becomes IN_REVIEW, a published post's pending
     * revision waits in the queue (the post stays PUBLISHED); every coordinator is emailed, in the
     * same transaction. Submitting what already waits changes nothing and emails nobody again.
     */
    public Post submit(Principal caller, String postId) {
        Post before = editable(caller, postId);
        if (!isAuthor(caller, before)) {
            throw new Forbidden("Only its author sends a post for review.");
        }
        if (before.review().waiting()) {
            return before;
        }
        if (before.isPublished() && before.pendingRevision().isEmpty()) {
            throw NotInReview.nothingToReview(postId);
        }
        Instant now = clock.instant();
        Post.PostStatus status = before.isPublished() ? Post.PostStatus.PUBLISHED : Post.PostStatus.IN_REVIEW;
        Post after = before.withReview(status, new Post.Review(Optional.of(now), Optional.empty()), now);
        String title = after.pendingRevision().map(Post.Revision::title).orElse(after.title());
        String byline = after.pendingRevision().map(Post.Revision::authorName).orElse(after.authorName());
        List<Write> writes = new ArrayList<>(posts.replace(before, after));
        List<CoordinatorDirectory.Coordinator> everyone = coordinators.all();
        for (CoordinatorDirectory.Coordinator coordinator : everyone) {
            // The id names this submission (the post's version), so a retry queues nothing twice.
            writes.add(outbox.notify("review-" + postId + "-" + after.version() + "-" + Digests.sha256Hex(coordinator.email(), 10),
                    coordinator.email(), new PostSubmitted(programName, coordinator.name(), title, byline,
                            after.isPublished(), links.reviewQueue())));
        }
        write(writes);
        Log.info("post.submitted", Map.of("postId", postId, "coordinatorsEmailed", everyone.size()));
        return after;
    }

    /**
     * A coordinator gives a post that waits for review back to its author with a comment: a draft
     * becomes DRAFT again, a published post's revision stays pending (unpublished); the author is
     * emailed the comment, in the same transaction.
     */
    public Post returnToAuthor(Principal caller, String postId, ReturnRequest request) {
        caller.requireCoordinator();
        Post before = posts.get(postId);
        if (!before.review().waiting()) {
            throw NotInReview.notWaiting(postId);
        }
        Instant now = clock.instant();
        Post.PostStatus status = before.isPublished() ? Post.PostStatus.PUBLISHED : Post.PostStatus.DRAFT;
        Post after = before.withReview(status, new Post.Review(Optional.empty(), Optional.of(request.comment())), now);
        String title = after.pendingRevision().map(Post.Revision::title).orElse(after.title());
        String recipient = after.pendingRevision().map(Post.Revision::authorName).orElse(after.authorName());
        List<Write> writes = new ArrayList<>(posts.replace(before, after));
        writes.add(outbox.notify("returned-" + postId + "-" + after.version(), after.authorEmail(),
                new PostReturned(programName, recipient, title, request.comment(), links.editor(postId))));
        write(writes);
        Log.info("post.returned", Map.of("postId", postId));
        return after;
    }

    /** The review queue, for coordinators: what waits for them, the longest-waiting first. */
    public Page<Post> reviewQueue(Principal caller, Page.Request page) {
        caller.requireCoordinator();
        return posts.inReview(page);
    }

    public Published publish(Principal caller, String postId, PublishRequest request) {
        caller.requireCoordinator();
        Optional<CohortId> notify = request.notifyCohortId();
        Post post = posts.get(postId);
        if (notify.isPresent() && cohorts.find(notify.get()).isEmpty()) {
            throw Invalid.field("/notifyCohortId", "names no cohort");
        }
        if (!post.isPublished()) {
            post = replace(post, rendering.published(post, clock.instant()));
            Log.info("post.published", Map.of("postId", postId));
        } else if (post.pendingRevision().isPresent()) {
            post = replace(post, rendering.revisionLive(post, clock.instant()));
            Log.info("post.revision-published", Map.of("postId", postId));
        }
        int queued = notify.isPresent() ? sendNewsletter(post, notify.get().value()) : 0;
        return new Published(post, queued);
    }

    /**
     * Queues one newsletter entry per recipient. Entries name the post (id and version), never
     * copy its text, so an entry stays a few hundred bytes however long the post is.
     */
    private int sendNewsletter(Post post, String cohortId) {
        Map<String, String> recipients = new LinkedHashMap<>();
        for (Match match : matches.allOfCohort(cohortId)) {
            recipients.putIfAbsent(match.mentorEmail(), match.mentorName());
            recipients.putIfAbsent(match.menteeEmail(), match.menteeName());
        }
        Set<String> optedOut = subscriptions.unsubscribed(recipients.keySet());
        String url = links.post(post.slug());
        List<List<Write>> writes = new ArrayList<>();
        recipients.forEach((email, name) -> {
            if (!optedOut.contains(email)) {
                String unsubscribe = links.unsubscribe(signedLinks.sign(LinkPurpose.UNSUBSCRIBE, subscriptions.subscriberId(email)));
                writes.add(List.of(outbox.notify("news-" + post.postId() + "-" + Digests.sha256Hex(email, 10), email, new NewsletterEntry(
                        programName, name, post.postId(), post.version(), url, unsubscribe))));
            }
        });
        transactions.writeOnce(writes, NEWSLETTERS_PER_TRANSACTION);
        Log.info("newsletter.queued", Map.of("postId", post.postId(), "cohortId", cohortId,
                "recipients", writes.size(), "optedOut", optedOut.size()));
        return writes.size();
    }

    /**
     * Whom the caller may sign as: a coordinator, anyone; a participant, the name on their
     * application (of their most recent match, when they are in several); anyone else writes nothing.
     */
    private Byline bylineOf(Principal caller) {
        if (caller.isCoordinator()) {
            return new Byline.Free();
        }
        // Participant rights need an address the program verified (an invited account).
        return caller.verifiedEmail().flatMap(email -> matches.ofParticipant(email).stream()
                .max(Comparator.comparing(Match::createdAt).thenComparing(Match::matchId))
                .flatMap(match -> match.nameOf(email)))
                .<Byline>map(Byline.OfApplication::new)
                .orElseThrow(() -> new Forbidden("Only coordinators and matched participants write posts."));
    }

    /** Writes {@code after} in place of {@code before} unless someone changed the post meanwhile. */
    private Post replace(Post before, Post after) {
        write(posts.replace(before, after));
        return after;
    }

    /** Writes a post's change (and what goes with it) unless someone changed the post meanwhile. */
    private void write(List<Write> writes) {
        try {
            transactions.write(writes);
        } catch (ConditionsFailed changedMeanwhile) {
            throw busy();
        }
    }

    /**
     * The post, if the caller may edit it: its author (by verified email) or a coordinator. Anyone
     * else is told a draft does not exist (404), and that a published post, which they can read,
     * is not theirs to change (403).
     */
    private Post editable(Principal caller, String postId) {
        caller.requireAuthenticated();
        Post post = posts.get(postId);
        if (!caller.isCoordinator() && !isAuthor(caller, post)) {
            throw post.isPublished() ? new Forbidden("Only its author or a coordinator edits a post.")
                    : new PostNotFound(postId);
        }
        return post;
    }

    private static boolean isAuthor(Principal caller, Post post) {
        return caller.verifiedEmail().filter(post.authorEmail()::equals).isPresent();
    }

    private static ConcurrentUpdate busy() {
        return new ConcurrentUpdate("The post changed meanwhile; try again.");
    }

}
