package example.mentoring.matchengine;

/**
 * @param mentorSlots       total capacity of all mentors
 * @param mentorSlotsNeeded extra mentor slots that would let every unmatched mentee with an eligible mentor be
 *                          placed (see {@link MatchingEngine} for why this number is minimal)
 */
public record MatchingStats(int mentees, int mentors, int mentorSlots, int matched, int unmatched, long totalScore,
                            int mentorSlotsNeeded) {
}
