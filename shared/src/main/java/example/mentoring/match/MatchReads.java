package example.mentoring.match;

import example.mentoring.access.Principal;
import example.mentoring.cohort.CohortId;
import example.mentoring.cohort.Cohorts;
import example.mentoring.paging.Page;
import java.util.List;

/** The reads of matches: a cohort's, page by page (404 for an unknown cohort), and the caller's own. */
public final class MatchReads {

    private final Cohorts cohorts;
    private final Matches matches;

    public MatchReads(Cohorts cohorts, Matches matches) {
        this.cohorts = cohorts;
        this.matches = matches;
    }

    public Page<MatchViews.MatchView> ofCohort(CohortId id, Page.Request page) {
        cohorts.get(id);
        return matches.ofCohort(id.value(), page).map(MatchViews.MatchView::of);
    }

    /** The caller's matches, newest first, in one page. An unverified email is a stranger's: no matches. */
    public Page<MatchViews.MyMatchView> mine(Principal caller) {
        List<MatchViews.MyMatchView> mine = caller.verifiedEmail().map(email -> matches.ofParticipant(email).stream()
                .map(m -> MatchViews.MyMatchView.of(m, email)).toList()).orElse(List.of());
        return new Page<>(mine, null);
    }
}
