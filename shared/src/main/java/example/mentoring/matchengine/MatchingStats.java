package example.mentoring.matchengine;

/**
 * @param mentorSlots       total capacity of all mentors
 * @param mentorSlotsNeeded extra mentor slots that would let every unmatched mentee with an eligible mentor be
 *                          placed (see {@link MatchingEngine} for why this number is minimal)
 * @param priorityMatched   how many of the matched mentees have priority (carried over from a wait-list); absent
 *                          from runs stored before it existed, which read as 0 (they had no priority mentees)
 */
public record MatchingStats(int mentees, int mentors, int mentorSlots, int matched, int unmatched, long totalScore,
                            int mentorSlotsNeeded, int priorityMatched) {
}
