package example.mentoring.idempotency;

import example.mentoring.aws.AwsClients;
import example.mentoring.http.ApiResponse;
import example.mentoring.http.Problem;
import example.mentoring.http.Problems;
import java.util.List;

/**
 * The answers stored for {@code Idempotency-Key}s (kept 24 hours), as an erasure meets them. An
 * answer that names an erased person (a meeting they logged, with their notes; a post they wrote)
 * is replaced by {@link #ERASED}: a retry of that request neither shows them again nor is done
 * again.
 */
public final class StoredAnswers {

    /** What a retry of a request whose stored answer was erased gets instead of it. */
    public static final ApiResponse ERASED = Problems.response(new Problem(410, "answer-erased", "Answer erased",
            "The answer stored for this request named a person whose data has since been erased. The request was"
                    + " done once, and is not done again.", List.of()));

    private final IdempotencyRecords records;

    public StoredAnswers(AwsClients aws) {
        this.records = new IdempotencyRecords(aws);
    }

    /** Replaces every stored answer containing one of {@code mentions} (an address, each name) by {@link #ERASED}; how many. */
    public int erase(List<String> mentions) {
        int erased = 0;
        for (String key : records.keysMentioning(mentions)) {
            if (records.replaceAnswer(key, mentions, ERASED)) {
                erased++;
            }
        }
        return erased;
    }
}
