package example.mentoring.matchengine;

import java.util.List;

/** @param proposals sorted by mentee id; @param unmatched sorted by mentee id */
public record MatchingResult(List<Proposal> proposals, List<UnmatchedMentee> unmatched, MatchingStats stats,
                             String solverName, String solverVersion) {
    public MatchingResult {
        proposals = List.copyOf(proposals);
        unmatched = List.copyOf(unmatched);
    }
}
