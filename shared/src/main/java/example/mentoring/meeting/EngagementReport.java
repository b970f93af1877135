package example.mentoring.meeting;

import example.mentoring.match.Match;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a cohort's pairs are doing, computed from the per-match summaries (never from the meetings
 * themselves): per match its meetings, minutes, last meeting and activities; the matches with no
 * meeting in {@link #QUIET_DAYS} days; and cohort totals.
 */
public record EngagementReport(String cohortId, LocalDate asOf, Totals totals, List<PairEngagement> matches,
                               List<QuietPair> quiet) {

    public static final int QUIET_DAYS = 45;
    static final double DAYS_PER_MONTH = 365.25 / 12;

    public record PairEngagement(String matchId, String mentorName, String menteeName, LocalDate startsOn,
                                 int meetings, int minutes, LocalDate lastMeetingOn, Map<String, Integer> activityCounts) {
    }

    public record QuietPair(String matchId, String mentorName, String menteeName, LocalDate lastMeetingOn,
                            long daysSinceLastMeeting) {
    }

    /**
     * @param meetingsPerPairPerMonth all meetings over all pair-months elapsed since each match started
     * @param shareOfPairsActive      the share of pairs that met within the last 45 days
     */
    public record Totals(int pairs, int meetings, int minutes, double meetingsPerPairPerMonth, double shareOfPairsActive) {
    }

    public static EngagementReport of(String cohortId, List<Match> matches, Map<String, MatchEngagement> engagement,
                                      LocalDate today) {
        List<PairEngagement> pairs = matches.stream()
                .sorted(Comparator.comparing(Match::matchId))
                .map(m -> {
                    MatchEngagement e = engagement.getOrDefault(m.matchId(), MatchEngagement.none(m.matchId()));
                    return new PairEngagement(m.matchId(), m.mentorName(), m.menteeName(), m.startsOn(), e.meetings(),
                            e.minutes(), e.lastMeetingOn().orElse(null), e.activityCounts());
                }).toList();
        List<QuietPair> quiet = matches.stream()
                .sorted(Comparator.comparing(Match::matchId))
                .filter(m -> engagement.getOrDefault(m.matchId(), MatchEngagement.none(m.matchId()))
                        .isQuiet(m.startsOn(), today, QUIET_DAYS))
                .map(m -> {
                    LocalDate last = engagement.getOrDefault(m.matchId(), MatchEngagement.none(m.matchId()))
                            .lastMeetingOn().orElse(null);
                    return new QuietPair(m.matchId(), m.mentorName(), m.menteeName(), last,
                            ChronoUnit.DAYS.between(last == null ? m.startsOn() : last, today));
                }).toList();
        int meetings = pairs.stream().mapToInt(PairEngagement::meetings).sum();
        int minutes = pairs.stream().mapToInt(PairEngagement::minutes).sum();
        double pairMonths = matches.stream()
                .mapToDouble(m -> Math.max(1, ChronoUnit.DAYS.between(m.startsOn(), today)) / DAYS_PER_MONTH).sum();
        long active = pairs.stream().filter(p -> p.lastMeetingOn() != null
                && !p.lastMeetingOn().isBefore(today.minusDays(QUIET_DAYS))).count();
        Totals totals = new Totals(pairs.size(), meetings, minutes,
                pairMonths == 0 ? 0 : round(meetings / pairMonths), pairs.isEmpty() ? 0 : round((double) active / pairs.size()));
        return new EngagementReport(cohortId, today, totals, pairs, quiet);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
