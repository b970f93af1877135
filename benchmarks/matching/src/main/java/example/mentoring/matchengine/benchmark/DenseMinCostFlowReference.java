package example.mentoring.matchengine.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import example.mentoring.matchengine.MatchingInstance;
import example.mentoring.matchengine.MatchingSolver;
import java.util.Arrays;

/**
 * The obvious exact formulation handed to OR-Tools' SimpleMinCostFlow (Java class MinCostFlow): every eligible
 * pair is an arc, cost -score, and solveMaxFlowWithMinCost gives "most matches, then best score" directly.
 */
final class DenseMinCostFlowReference implements MatchingSolver {
    static {
        Loader.loadNativeLibraries();
    }

    @Override
    public String name() {
        return "or-tools-dense-min-cost-flow";
    }

    @Override
    public String version() {
        return "9.14.6206";
    }

    @Override
    public int[] solve(MatchingInstance instance) {
        int mentees = instance.menteeCount();
        int mentors = instance.mentorCount();
        int source = mentees + mentors;
        int sink = source + 1;
        MinCostFlow flow = new MinCostFlow();
        for (int i = 0; i < mentees; i++) {
            flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
        }
        for (int m = 0; m < mentors; m++) {
            flow.addArcWithCapacityAndUnitCost(mentees + m, sink, instance.capacity(m), 0);
        }
        int firstPairArc = mentees + mentors;
        // Pair arcs are added in mentee-major order; remember where each mentee's run starts to read flows back.
        int[] runStart = new int[mentees + 1];
        int arcs = firstPairArc;
        for (int i = 0; i < mentees; i++) {
            runStart[i] = arcs;
            for (int m = 0; m < mentors; m++) {
                int score = instance.score(i, m);
                if (score >= 0 && instance.capacity(m) > 0) {
                    flow.addArcWithCapacityAndUnitCost(i, mentees + m, 1, -score);
                    arcs++;
                }
            }
        }
        runStart[mentees] = arcs;
        // Offer one unit per mentee; solveMaxFlowWithMinCost routes as much of it as the graph allows.
        flow.setNodeSupply(source, mentees);
        flow.setNodeSupply(sink, -mentees);
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools did not solve: " + status);
        }
        int[] mentorOf = new int[mentees];
        Arrays.fill(mentorOf, UNMATCHED);
        for (int i = 0; i < mentees; i++) {
            for (int a = runStart[i]; a < runStart[i + 1]; a++) {
                if (flow.getFlow(a) > 0) {
                    mentorOf[i] = flow.getHead(a) - mentees;
                }
            }
        }
        flow.delete();
        return mentorOf;
    }
}
