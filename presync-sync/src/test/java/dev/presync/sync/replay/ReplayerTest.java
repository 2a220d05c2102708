package dev.presync.sync.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.runtime.Action;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import dev.presync.sync.Command;
import dev.presync.sync.Oscillation;
import dev.presync.sync.Outcome;
import dev.presync.sync.SourceEvent;
import dev.presync.sync.SyncPolicy;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The replay loop as a library: merged by time, echoes handled before the next record, every record counted. */
class ReplayerTest {
    /** Connect Lunch sets Salesforce Lunch; Salesforce Lunch sets Connect Lunch: the echo would answer back. */
    private static final RuleSet MIRROR = event -> {
        if (event.type() == EventType.CONNECT_AGENT_STATE_CHANGE && "Lunch".equals(event.text(Operand.CONNECT_NEW_STATE))) {
            return List.of(new Action(Destination.SALESFORCE, "Lunch", "ToSalesforce"));
        }
        if (event.type() == EventType.SALESFORCE_AGENT_STATE_CHANGE && "Lunch".equals(event.text(Operand.SALESFORCE_NEW_STATE))) {
            return List.of(new Action(Destination.CONNECT, "Lunch", "ToConnect"));
        }
        return List.of();
    };

    /** Connect Lunch sets Salesforce Break, which sets Connect Away: with echoes firing, a chain. */
    private static final RuleSet PING_PONG = event -> {
        if (event.type() == EventType.CONNECT_AGENT_STATE_CHANGE && "Lunch".equals(event.text(Operand.CONNECT_NEW_STATE))) {
            return List.of(new Action(Destination.SALESFORCE, "Break", "LunchToBreak"));
        }
        if (event.type() == EventType.SALESFORCE_AGENT_STATE_CHANGE && "Break".equals(event.text(Operand.SALESFORCE_NEW_STATE))) {
            return List.of(new Action(Destination.CONNECT, "Away", "BreakToAway"));
        }
        return List.of();
    };

    private static Instant at(int minute) {
        return Instant.parse("2026-11-24T09:00:00Z").plusSeconds(60L * minute);
    }

    private static ReplaySource of(ReplayItem... items) {
        Queue<ReplayItem> q = new ArrayDeque<>(List.of(items));
        return q::poll;
    }

    private static ReplayItem.Timed connect(int minute, String origin, String status) {
        return new ReplayItem.Timed(at(minute), origin, new SourceEvent.ConnectStatusChanged("jdoe", null, status));
    }

    private static ReplayItem.Timed omni(int minute, String origin, String status) {
        return new ReplayItem.Timed(at(minute), origin, new SourceEvent.OmniStatusChanged("jdoe", status, "OmniManualStatusChange"));
    }

    /** Every listener call, as one line each. */
    private static final class Log implements ReplayListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void outcome(Instant time, String input, Outcome outcome) {
            lines.add(input + " " + outcome.kind());
        }

        @Override
        public void sent(Instant time, String input, Command command, RuleEvent cause) {
            lines.add(input + " sent " + command.destination().spelling() + " " + command.state() + " at " + time);
        }

        @Override
        public void oscillation(Instant time, String input, Oscillation oscillation, RuleEvent cause) {
            lines.add(input + " oscillation " + oscillation.rules());
        }

        @Override
        public void ignored(ReplayItem.Ignored item) {
            lines.add(item.origin() + " ignored " + item.reason());
        }

        @Override
        public void bad(ReplayItem.Bad item) {
            lines.add(item.origin() + ":" + item.column() + " bad " + item.message());
        }

        @Override
        public void outOfOrder(ReplayItem.Timed item, Instant latest) {
            lines.add(item.origin() + " out of order: " + item.time() + " after " + latest);
        }
    }

    @Test
    void anEventEarlierThanOneBeforeItInItsInputIsReportedAndStillReplayed() throws IOException {
        Log log = new Log();
        MergedInputs merged = new MergedInputs(List.of(
                of(connect(2, "c:1", "Available")),
                of(omni(5, "s:1", "Busy"), omni(3, "s:2", "Lunch"), omni(4, "s:3", "Break"), omni(6, "s:4", "Away"))), log);
        List<String> order = new ArrayList<>();
        for (ReplayItem i = merged.next(); i != null; i = merged.next()) {
            order.add(i.origin());
        }
        assertEquals(List.of("c:1", "s:1", "s:2", "s:3", "s:4"), order);
        assertEquals(List.of(
                "s:2 out of order: 2026-11-24T09:03:00Z after 2026-11-24T09:05:00Z",
                "s:3 out of order: 2026-11-24T09:04:00Z after 2026-11-24T09:05:00Z"), log.lines);
    }

    @Test
    void inputsMergeByTimeConnectFirstOnATieAndUntimedItemsAtOnce() throws IOException {
        MergedInputs merged = new MergedInputs(List.of(
                of(connect(1, "c:1", "Available"), new ReplayItem.Ignored("c:2", "HEART_BEAT"), connect(3, "c:3", "Lunch")),
                of(omni(0, "s:1", "Busy"), omni(3, "s:2", "Lunch"), new ReplayItem.Bad("s", 3, 2, "oops", "{x"))));
        List<String> order = new ArrayList<>();
        for (ReplayItem i = merged.next(); i != null; i = merged.next()) {
            order.add(i.origin());
        }
        assertEquals(List.of("s:1", "c:1", "c:2", "c:3", "s:2", "s:3"), order);
    }

    @Test
    void echoesAreHandledBeforeTheNextRecordAndEverythingIsCounted() throws IOException {
        Log log = new Log();
        Replayer replayer = new Replayer(MIRROR, SyncPolicy.defaults(), log);
        ReplayStats stats = replayer.run(of(connect(1, "c:1", "Lunch"), new ReplayItem.Ignored("c:2", "HEART_BEAT"),
                new ReplayItem.Bad("c", 3, 5, "not valid JSON", "{,}"), connect(4, "c:4", "Lunch")));
        assertEquals(List.of(
                "c:1 EVALUATED",
                "c:1 sent Salesforce Lunch at 2026-11-24T09:01:00Z",
                "echo of c:1 ECHO",
                "c:2 ignored HEART_BEAT",
                "c:3:5 bad not valid JSON",
                "c:4 UNCHANGED"), log.lines);
        assertEquals(List.of(4L, 2L, 1L, 1L, 1L, 1L, 1L, 0L), List.of(stats.records(), stats.events(), stats.ignored(),
                stats.bad(), stats.echoes(), stats.unchanged(), stats.sent(), stats.oscillations()));
        assertEquals("Lunch", replayer.engine().agent("jdoe").orElseThrow().salesforceStatus());
    }

    @Test
    void withEchoesFiringRulesAChainIsStoppedAndReportedOnce() {
        Log log = new Log();
        Replayer replayer = new Replayer(PING_PONG, new SyncPolicy(false, 1), log);
        replayer.accept(connect(1, "c:1", "Lunch"));
        assertEquals(List.of(
                "c:1 EVALUATED",
                "c:1 sent Salesforce Break at 2026-11-24T09:01:00Z",
                "echo of c:1 EVALUATED",
                "echo of c:1 oscillation [LunchToBreak, BreakToAway]"), log.lines);
        assertEquals(1, replayer.stats().echoes());
        assertEquals(1, replayer.stats().stopped());
    }
}
