package dev.presync.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-thread cache of multi-fire lists: keyed exactly, kept up to both caps, lists never shared wrongly. */
class CoFiringListsTest {
    private static final Action[] CONNECT = actions("c", 40);
    private static final Action[] SALESFORCE = actions("s", 40);

    private static Action[] actions(String prefix, int n) {
        Action[] out = new Action[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Action(Destination.CONNECT, prefix + i, prefix + "rule" + i);
        }
        return out;
    }

    @Test
    void aSetSeenAgainGetsTheSameListWhereverItsPositionsSit() {
        CoFiringLists lists = new CoFiringLists(8, 64);
        List<Action> first = lists.of(CONNECT, new int[] {9, 9, 1, 4, 7}, 2, 3);
        assertEquals(List.of(CONNECT[1], CONNECT[4], CONNECT[7]), first);
        assertSame(first, lists.of(CONNECT, new int[] {1, 4, 7}, 0, 3));
        assertEquals(1, lists.size());
    }

    @Test
    void setsThatDifferInOwnerLengthOrOnePositionGetTheirOwnLists() {
        CoFiringLists lists = new CoFiringLists(8, 64);
        List<Action> connect = lists.of(CONNECT, new int[] {1, 4}, 0, 2);
        List<Action> salesforce = lists.of(SALESFORCE, new int[] {1, 4}, 0, 2);
        List<Action> longer = lists.of(CONNECT, new int[] {1, 4, 5}, 0, 3);
        List<Action> other = lists.of(CONNECT, new int[] {1, 5}, 0, 2);
        assertEquals(List.of(SALESFORCE[1], SALESFORCE[4]), salesforce);
        assertEquals(List.of(CONNECT[1], CONNECT[4], CONNECT[5]), longer);
        assertEquals(List.of(CONNECT[1], CONNECT[5]), other);
        assertEquals(4, lists.size());
        assertSame(connect, lists.of(CONNECT, new int[] {1, 4}, 0, 2));
        assertSame(salesforce, lists.of(SALESFORCE, new int[] {1, 4}, 0, 2));
    }

    @Test
    void pastTheSetCapANewListIsBuiltEachTimeAndTheKeptOnesStay() {
        CoFiringLists lists = new CoFiringLists(2, 64);
        List<Action> a = lists.of(CONNECT, new int[] {0, 1}, 0, 2);
        List<Action> b = lists.of(CONNECT, new int[] {0, 2}, 0, 2);
        List<Action> c = lists.of(CONNECT, new int[] {0, 3}, 0, 2);
        List<Action> c2 = lists.of(CONNECT, new int[] {0, 3}, 0, 2);
        assertEquals(c, c2);
        assertNotSame(c, c2);
        assertEquals(2, lists.size());
        assertSame(a, lists.of(CONNECT, new int[] {0, 1}, 0, 2));
        assertSame(b, lists.of(CONNECT, new int[] {0, 2}, 0, 2));
    }

    @Test
    void thePositionCapKeepsLargeSetsOutButStillTakesSmallOnes() {
        CoFiringLists lists = new CoFiringLists(100, 5);
        int[] big = {0, 1, 2, 3, 4, 5};
        List<Action> large = lists.of(CONNECT, big, 0, 6);
        assertNotSame(large, lists.of(CONNECT, big, 0, 6));
        List<Action> small = lists.of(CONNECT, big, 0, 3);
        assertSame(small, lists.of(CONNECT, big, 0, 3));
        List<Action> fits = lists.of(CONNECT, big, 3, 2);
        assertSame(fits, lists.of(CONNECT, big, 3, 2));
        List<Action> over = lists.of(CONNECT, big, 4, 2);
        assertNotSame(over, lists.of(CONNECT, big, 4, 2));
        assertEquals(2, lists.size());
    }

    @Test
    void noCapKeepsNothing() {
        CoFiringLists lists = new CoFiringLists(0, 0);
        int[] fired = {3, 8};
        assertNotSame(lists.of(CONNECT, fired, 0, 2), lists.of(CONNECT, fired, 0, 2));
        assertEquals(0, lists.size());
    }

    /** Enough sets to double the table several times; every one still found, as the same list. */
    @Test
    void growingTheTableKeepsEverySet() {
        CoFiringLists lists = new CoFiringLists(1_000, 10_000);
        List<List<Action>> kept = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            for (int b = a + 1; b < 40; b += 3) {
                kept.add(lists.of(a % 2 == 0 ? CONNECT : SALESFORCE, new int[] {a, b}, 0, 2));
            }
        }
        int k = 0;
        for (int a = 0; a < 40; a++) {
            for (int b = a + 1; b < 40; b += 3) {
                Action[] owner = a % 2 == 0 ? CONNECT : SALESFORCE;
                List<Action> again = lists.of(owner, new int[] {a, b}, 0, 2);
                assertSame(kept.get(k++), again);
                assertEquals(List.of(owner[a], owner[b]), again);
            }
        }
        assertEquals(kept.size(), lists.size());
    }

    @Test
    void listsAreUnmodifiable() {
        List<Action> list = new CoFiringLists(4, 16).of(CONNECT, new int[] {2, 5}, 0, 2);
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, CONNECT[0]));
        assertThrows(UnsupportedOperationException.class, () -> list.add(CONNECT[0]));
        assertThrows(UnsupportedOperationException.class, list::clear);
    }

    @Test
    void negativeCapsAreRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new CoFiringLists(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> CoFiringLists.perThread(4, -1));
    }

    @Test
    void eachThreadHasItsOwn() throws InterruptedException {
        ThreadLocal<CoFiringLists> perThread = CoFiringLists.perThread(4, 16);
        CoFiringLists mine = perThread.get();
        assertSame(mine, perThread.get());
        CoFiringLists[] theirs = new CoFiringLists[1];
        Thread other = new Thread(() -> theirs[0] = perThread.get());
        other.start();
        other.join();
        assertNotSame(mine, theirs[0]);
    }
}
