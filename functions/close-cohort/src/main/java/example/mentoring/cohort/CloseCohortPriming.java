package example.mentoring.cohort;

import example.mentoring.aws.AwsClients;
import example.mentoring.aws.SdkPriming;
import example.mentoring.json.Json;
import example.mentoring.post.MentorShortfallCheck;
import example.mentoring.priming.MarkdownPriming;
import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Primes the close-cohort function before its SnapStart snapshot: its deadline schedule's event
 * for a cohort that does not exist (a read; nothing to close), through the handler; then what the
 * sweep's mentor shortfall check uses: the transaction path with a transaction DynamoDB refuses,
 * and the Markdown pipeline of its draft post, rendered in memory; the sweep's queries as of 1970.
 * Never the sweep itself, which would close whatever is overdue and email coordinators.
 */
final class CloseCohortPriming extends Primer {

    static final String EVENT = "{\"cohortId\": \"" + PrimingRequest.NO_SUCH_ID + "\"}";

    private final CloseCohortHandler handler;
    private final AwsClients aws;

    CloseCohortPriming(CloseCohortHandler handler) {
        this.handler = handler;
        this.aws = handler.aws();
    }

    /**
     * The sweep's two queries as of 1970 (no cohort's deadline is that early, so they find nothing
     * and nothing is closed or checked), its read of pending carry-overs (a read: what it finds is
     * left for the sweep to finish), and its answer written as the handler writes it.
     */
    private void sweepReads() {
        Cohorts cohorts = new Cohorts(aws);
        cohorts.overdueAt(Instant.EPOCH);
        cohorts.shortfallUncheckedAt(Instant.EPOCH, MentorShortfallCheck.AHEAD);
        cohorts.carryOversPending();
        Json.write(Map.of("closed", List.of(PrimingRequest.NO_SUCH_ID), "shortOfMentors", List.of(),
                "carryOversFinished", List.of()));
    }

    @Override
    public void prime() {
        serve(handler, "deadline", EVENT);
        step("sweep reads", this::sweepReads);
        step("transaction", () -> SdkPriming.emptyTransaction(aws));
        step("markdown", MarkdownPriming::renderSample);
    }
}
