package example.mentoring.notification;

import example.mentoring.notification.email.RenderedEmail;

/** Where rendered emails go: SES when deployed and locally (through the emulator). */
public interface Mailer {

    /** Sends; the provider's message id. Throws {@link Throttled} when asked to slow down. */
    String send(String recipient, RenderedEmail email);

    /** The provider refused for now because of its sending rate, not because of this email. */
    final class Throttled extends RuntimeException {
        public Throttled(Throwable cause) {
            super("sending rate exceeded", cause, false, false);
        }
    }
}
