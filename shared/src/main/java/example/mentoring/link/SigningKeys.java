package example.mentoring.link;

import java.util.Optional;

/** Where signing keys come from: the current one signs, any key still honoured verifies. */
public interface SigningKeys {

    SigningKey current();

    /** The key with this id, if it is the current or the previous version. */
    Optional<SigningKey> find(String kid);

    /**
     * Starts getting the current key ready, if it is not, without waiting: a request that will sign
     * once it has done other work overlaps that work with the key's read. A failure here is the
     * later {@link #current()}'s to report. Closing the answer waits for the read: a request closes
     * it before it ends, so that no read is left in flight when Lambda freezes the environment.
     */
    default Prefetch prefetch() {
        return Prefetch.NONE;
    }

    /** A read started early; closing it waits for the read to be over (done or failed). */
    @FunctionalInterface
    interface Prefetch extends AutoCloseable {

        Prefetch NONE = () -> {
        };

        @Override
        void close();
    }
}
