package example.mentoring.notification;

import example.mentoring.priming.Primer;
import example.mentoring.priming.PrimingRequest;

/**
 * Primes the notification-admin function before its SnapStart snapshot: one page of failed
 * notifications (a read) and a retry of a notification that does not exist (404).
 */
final class NotificationAdminPriming extends Primer {

    private final NotificationAdminHandler handler;

    NotificationAdminPriming(NotificationAdminHandler handler) {
        this.handler = handler;
    }

    @Override
    public void prime() {
        serve(handler,
                PrimingRequest.of("GET /notifications").asCoordinator().query("status", "FAILED").query("limit", "1"),
                PrimingRequest.of("POST /notifications/{notificationId}/retry").asCoordinator());
    }
}
