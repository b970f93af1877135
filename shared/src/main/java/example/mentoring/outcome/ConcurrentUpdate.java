package example.mentoring.outcome;

/** Someone else changed what the request needed while it ran; trying again will see their change. */
public final class ConcurrentUpdate extends Conflict {

    public ConcurrentUpdate(String detail) {
        super("concurrent-update", "Concurrent update", detail);
    }
}
