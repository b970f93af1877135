package example.mentoring.year;

import example.mentoring.application.Application;
import example.mentoring.match.Competency;
import example.mentoring.match.Goal;
import example.mentoring.match.Match;
import example.mentoring.match.MatchStatus;
import example.mentoring.meeting.MatchEngagement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A match as its pair and the coordinators read it: both people (no demographics), where it
 * stands, its goals and its meetings in figures. How it ended is shown to both; why, to
 * coordinators only.
 */
public record MatchDetails(String matchId, String cohortId, MatchStatus status, LocalDate startsOn, Person mentor,
                           Person mentee, List<String> sharedInterests, List<GoalView> goals, MeetingSummary meetings,
                           Ended ended) {

    /** One of the pair; institution and position come from the application (absent if it was erased). */
    public record Person(String applicationId, String name, String email, String institution, String position) {

        static Person of(String applicationId, String name, String email, Optional<Application> application) {
            return new Person(applicationId, name, email, application.map(Application::institution).orElse(null),
                    application.flatMap(Application::position).orElse(null));
        }
    }

    public record GoalView(String goalId, String text, Competency competency, Goal.Status status) {

        static GoalView of(Goal goal) {
            return new GoalView(goal.goalId(), goal.text(), goal.competency().orElse(null), goal.status());
        }
    }

    public record MeetingSummary(int meetings, int minutes, LocalDate lastMeetingOn, Map<String, Integer> activityCounts) {

        static MeetingSummary of(MatchEngagement engagement) {
            return new MeetingSummary(engagement.meetings(), engagement.minutes(),
                    engagement.lastMeetingOn().orElse(null), engagement.activityCounts());
        }
    }

    /** @param reason only in a coordinator's view */
    public record Ended(Instant endedAt, String endedBy, String reason) {
    }

    static MatchDetails of(Match match, Optional<Application> mentor, Optional<Application> mentee,
                           MatchEngagement engagement, boolean forCoordinator) {
        return new MatchDetails(match.matchId(), match.cohortId(), match.status(), match.startsOn(),
                Person.of(match.mentorApplicationId(), match.mentorName(), match.mentorEmail(), mentor),
                Person.of(match.menteeApplicationId(), match.menteeName(), match.menteeEmail(), mentee),
                match.sharedInterests(), match.goals().stream().map(GoalView::of).toList(),
                MeetingSummary.of(engagement),
                match.ending().map(e -> new Ended(e.endedAt(), e.endedBy(), forCoordinator ? e.reason() : null))
                        .orElse(null));
    }
}
