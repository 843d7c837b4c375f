package dev.livesell.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.recommend.Synthetic;
import dev.livesell.recommend.data.History;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.io.Dataset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProtocolTest {
    private final InteractionMatrix data = Synthetic.chains(300, 200, 7);

    @Test
    void leaveOneOutHoldsOutLastEventAndTrainsWithoutIt() {
        Split s = Protocol.LEAVE_ONE_OUT.split(Dataset.of("t", data), 1);
        assertEquals(data.numUsers(), s.test().size());
        for (EvalCase c : s.test()) {
            int u = c.user();
            assertEquals(data.item(data.end(u) - 1), c.targets()[0]);
            assertEquals(data.eventCount(u) - 1, s.fullTrain().eventCount(u));
            assertEquals(data.eventCount(u) - 2, s.train().eventCount(u));
        }
        for (EvalCase c : s.validation()) {
            assertEquals(data.item(data.end(c.user()) - 2), c.targets()[0]);
            assertEquals(s.train().history(c.user()), c.history());
        }
        assertTrue(s.excludeSeen());
    }

    @Test
    void ratioSplitKeepsTestPairsOutOfTraining() {
        Split s = Protocol.RATIO.split(Dataset.of("t", data), 42);
        assertNoTargetInTraining(s.test(), s.fullTrain());
        assertNoTargetInTraining(s.validation(), s.train());
        assertFalse(s.test().isEmpty());
        // validation targets are in fullTrain, test targets are not
        int pairs = data.byUser().nonZeros();
        int split = s.fullTrain().byUser().nonZeros() + s.test().stream().mapToInt(c -> c.targets().length).sum();
        assertEquals(pairs, split);
    }

    @Test
    void ratioSplitsAllPairsEightOneOneAndPerUserSplitKeepsTestOutOfTraining() {
        Split s = Protocol.RATIO.split(Dataset.of("t", data), 42);
        int pairs = data.byUser().nonZeros();
        int test = s.test().stream().mapToInt(c -> c.targets().length).sum();
        int valid = s.validation().stream().mapToInt(c -> c.targets().length).sum();
        assertEquals(Math.round(pairs * 0.1), valid);
        assertEquals(pairs - Math.round(pairs * 0.8) - Math.round(pairs * 0.1), test);
        Split u = Protocol.RATIO_BY_USER.split(Dataset.of("t", data), 42);
        assertNoTargetInTraining(u.test(), u.fullTrain());
        assertNoTargetInTraining(u.validation(), u.train());
        assertEquals(Protocol.RATIO_BY_USER, Protocol.parse("ratio-user"));
    }

    @Test
    void ratioSplitIsDeterministicForASeed() {
        Split a = Protocol.RATIO.split(Dataset.of("t", data), 5);
        Split b = Protocol.RATIO.split(Dataset.of("t", data), 5);
        Split c = Protocol.RATIO.split(Dataset.of("t", data), 6);
        assertEquals(targets(a.test()), targets(b.test()));
        assertFalse(targets(a.test()).equals(targets(c.test())));
    }

    @Test
    void ratioCountsFollowRecBoleRounding() {
        assertArrayEquals(new int[] {8, 1, 1}, Protocol.splitCounts(10, new double[] {0.8, 0.1, 0.1}));
        assertArrayEquals(new int[] {3, 1, 1}, Protocol.splitCounts(5, new double[] {0.8, 0.1, 0.1}));
        assertArrayEquals(new int[] {1, 0, 0}, Protocol.splitCounts(1, new double[] {0.8, 0.1, 0.1}));
    }

    @Test
    void timeSplitTargetsAreLaterAndUnseen() {
        Split s = Protocol.TIME.split(Dataset.of("t", data), 1);
        assertNoTargetInTraining(s.test(), s.fullTrain());
        assertNoTargetInTraining(s.validation(), s.train());
        long maxTrain = Long.MIN_VALUE;
        for (int e = 0; e < s.fullTrain().numEvents(); e++) {
            maxTrain = Math.max(maxTrain, s.fullTrain().time(e));
        }
        long minTest = Long.MAX_VALUE;
        for (int e = 0; e < data.numEvents(); e++) {
            if (!(s.fullTrain().numEvents() > 0 && data.time(e) <= maxTrain)) {
                minTest = Math.min(minTest, data.time(e));
            }
        }
        assertTrue(minTest > maxTrain);
    }

    @Test
    void sessionSplitTestsPrefixesOfHeldOutSessionsOnly() {
        Split s = Protocol.SESSION.split(Dataset.of("t", data), 1);
        assertFalse(s.excludeSeen());
        int tenth = data.numUsers() / 10;
        for (int u = data.numUsers() - tenth; u < data.numUsers(); u++) {
            assertEquals(0, s.fullTrain().eventCount(u), "held-out session in training");
        }
        for (int u = data.numUsers() - 2 * tenth; u < data.numUsers(); u++) {
            assertEquals(0, s.train().eventCount(u), "validation session in training");
        }
        int expected = 0;
        for (int u = data.numUsers() - tenth; u < data.numUsers(); u++) {
            expected += data.eventCount(u) - 1;
        }
        assertEquals(expected, s.test().size());
        EvalCase first = s.test().get(0);
        assertEquals(1, first.history().size());
    }

    private static void assertNoTargetInTraining(List<EvalCase> cases, InteractionMatrix train) {
        for (EvalCase c : cases) {
            History h = train.history(c.user());
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < h.size(); i++) {
                seen.add(h.item(i));
            }
            for (int t : c.targets()) {
                assertFalse(seen.contains(t), "target " + t + " of user " + c.user() + " is in training");
            }
            assertEquals(h, c.history());
        }
    }

    private static List<String> targets(List<EvalCase> cases) {
        return cases.stream().map(c -> c.user() + ":" + java.util.Arrays.toString(c.targets())).toList();
    }
}
