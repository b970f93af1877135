package example.mentoring.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import example.mentoring.aws.Write;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

@DisplayName("A confirmation plan's batches: full transactions, never crossing from one kind of step to the next")
class ConfirmationPlanTest {

    static List<List<Write>> groups(int count, int size) {
        return IntStream.range(0, count).mapToObj(i -> Collections.nCopies(size, Write.of(TransactWriteItem.builder().build()))).toList();
    }

    final ConfirmationPlan plan = new ConfirmationPlan(groups(70, 3), groups(120, 1),
            IntStream.range(0, 30).mapToObj(i -> "p" + i + "@example.org").toList());

    @Test
    void stepsCountEveryPairNoticeAndInvitation() {
        assertEquals(70 + 120 + 30, plan.steps());
    }

    @Test
    @DisplayName("pairs 33 at a time (99 writes and the checkpoint: DynamoDB's 100), the last batch short")
    void pairs() {
        assertEquals(33, plan.batchFrom(0).size());
        assertEquals(33, plan.batchFrom(33).size());
        assertEquals(4, plan.batchFrom(66).size(), "up to the last pair, not into the notices");
        assertEquals(3 * 33 + 1, ((ConfirmationPlan.Writes) plan.batchFrom(0)).groups().stream().mapToInt(List::size).sum() + 1);
    }

    @Test
    @DisplayName("a checkpoint anywhere (a resumed worker) batches from there")
    void fromAnyCheckpoint() {
        assertEquals(33, plan.batchFrom(5).size());
        assertEquals(99, plan.batchFrom(70).size());
        assertEquals(21, plan.batchFrom(70 + 99).size());
        assertInstanceOf(ConfirmationPlan.Invitations.class, plan.batchFrom(190));
        assertEquals(25, plan.batchFrom(190).size());
        assertEquals(5, plan.batchFrom(215).size());
        assertEquals(List.of("p29@example.org"), ((ConfirmationPlan.Invitations) plan.batchFrom(219)).emails());
        assertThrows(IllegalArgumentException.class, () -> plan.batchFrom(220));
    }
}
