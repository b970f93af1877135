package example.mentoring.match;

import example.mentoring.aws.Write;
import java.util.List;

/**
 * Everything a confirmation writes, as an ordered list of steps that a checkpoint counts: each
 * pair's match with its two introductions (one group of writes), then each unmatched mentee's
 * wait-list notice, then each participant's invitation. The order follows from the run alone, so
 * a plan rebuilt by another worker has the same steps in the same places.
 */
record ConfirmationPlan(List<List<Write>> pairs, List<List<Write>> notices,
                        List<String> invitations) {

    /** 33 pairs of three writes and the checkpoint fill one transaction (at most 100 items). */
    static final int PAIRS_PER_BATCH = 33;
    /** 99 notices and the checkpoint fill one transaction. */
    static final int NOTICES_PER_BATCH = 99;
    /** Invitations are one Cognito call each: a checkpoint every 25. */
    static final int INVITATIONS_PER_BATCH = 25;

    ConfirmationPlan {
        pairs = List.copyOf(pairs);
        notices = List.copyOf(notices);
        invitations = List.copyOf(invitations);
    }

    int steps() {
        return pairs.size() + notices.size() + invitations.size();
    }

    /** The next batch from step {@code done}: never crosses from one kind of step to the next. */
    Batch batchFrom(int done) {
        if (done < pairs.size()) {
            return new Writes(pairs.subList(done, Math.min(pairs.size(), done + PAIRS_PER_BATCH)));
        }
        int notice = done - pairs.size();
        if (notice < notices.size()) {
            return new Writes(notices.subList(notice, Math.min(notices.size(), notice + NOTICES_PER_BATCH)));
        }
        int invitation = notice - notices.size();
        if (invitation < invitations.size()) {
            return new Invitations(invitations.subList(invitation, Math.min(invitations.size(), invitation + INVITATIONS_PER_BATCH)));
        }
        throw new IllegalArgumentException("No step " + done + " in a plan of " + steps());
    }

    /** Steps taken together, then counted by one checkpoint. */
    sealed interface Batch {
        int size();
    }

    /** Groups of writes, each group all or nothing, written in one transaction with the checkpoint. */
    record Writes(List<List<Write>> groups) implements Batch {
        public int size() {
            return groups.size();
        }
    }

    /** Addresses to invite into the user pool (each idempotent), then the checkpoint. */
    record Invitations(List<String> emails) implements Batch {
        public int size() {
            return emails.size();
        }
    }
}
