package example.mentoring.local;

import example.mentoring.local.ApiOperations.Operation;

/**
 * API.md's authorization rules, as the answer each kind of caller gets from an operation:
 * <ul>
 *   <li>public operations answer everyone alike (a token neither helps nor hurts);</li>
 *   <li>on secured ones, no valid token is the JWT authorizer's 401;</li>
 *   <li>{@code coordinator} rights come from the group named exactly {@code coordinators};</li>
 *   <li>{@code participant} and {@code author} rights need the match's (or post's) address with a
 *       verified email; a match or draft the caller may not see is 404 (it does not exist for
 *       them), any other refusal 403 (so a coordinator, who sees every draft, gets 403 from what
 *       only its author may do, such as sending it for review);</li>
 *   <li>{@code /me/matches} answers every signed-in caller, with only their own matches.</li>
 * </ul>
 */
final class Access {

    enum Expected { PUBLIC, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, ALLOWED }

    private Access() {
    }

    static boolean allows(Operation operation, MatrixCaller caller) {
        Expected expected = expected(operation, caller);
        return expected == Expected.ALLOWED || expected == Expected.PUBLIC;
    }

    static Expected expected(Operation operation, MatrixCaller caller) {
        if (!operation.secured()) {
            return Expected.PUBLIC;
        }
        if (!caller.authenticated()) {
            return Expected.UNAUTHORIZED;
        }
        if (operation.who().contains("coordinator") && caller == MatrixCaller.COORDINATOR) {
            return Expected.ALLOWED;
        }
        boolean matchScoped = operation.path().contains("{matchId}");
        boolean draftScoped = operation.who().contains("author");
        if (operation.path().equals("/me/matches")) {
            return Expected.ALLOWED;
        }
        if (operation.who().contains("participant")) {
            boolean participant = matchScoped
                    ? caller == MatrixCaller.PARTICIPANT
                    : caller == MatrixCaller.PARTICIPANT || caller == MatrixCaller.OTHER_PARTICIPANT;
            if (participant) {
                return Expected.ALLOWED;
            }
        }
        if (draftScoped && caller == MatrixCaller.PARTICIPANT) {
            return Expected.ALLOWED;
        }
        if (draftScoped && caller == MatrixCaller.COORDINATOR) {
            return Expected.FORBIDDEN;
        }
        return matchScoped || draftScoped ? Expected.NOT_FOUND : Expected.FORBIDDEN;
    }
}
