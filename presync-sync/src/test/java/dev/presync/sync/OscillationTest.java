package dev.presync.sync;

import static dev.presync.runtime.Destination.CONNECT;
import static dev.presync.runtime.Destination.SALESFORCE;
import static dev.presync.runtime.EventType.CONNECT_AGENT_STATE_CHANGE;
import static dev.presync.runtime.EventType.SALESFORCE_AGENT_STATE_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that answer each other's changes, with echoes allowed to fire rules, must be stopped. */
class OscillationTest {
    /** Two systems that apply each command and report it back, as the real ones do. */
    private static final class EchoingSystems implements SalesforceGateway, ConnectGateway {
        final Deque<SourceEvent> echoes = new ArrayDeque<>();

        @Override
        public void setPresenceStatus(String agent, String status) {
            echoes.add(new SourceEvent.OmniStatusChanged(agent, status, SourceEvent.OmniStatusChanged.TOOLKIT_REASON));
        }

        @Override
        public void setAgentStatus(String agent, String status) {
            echoes.add(new SourceEvent.ConnectStatusChanged(agent, null, status));
        }
    }

    private final TableRules pingPong = new TableRules()
            .rule("ConnectLunchToSfBreak", CONNECT_AGENT_STATE_CHANGE, "Lunch", SALESFORCE, "Break")
            .rule("SfBreakToConnectAway", SALESFORCE_AGENT_STATE_CHANGE, "Break", CONNECT, "Away")
            .rule("ConnectAwayToSfLunch", CONNECT_AGENT_STATE_CHANGE, "Away", SALESFORCE, "Lunch")
            .rule("SfLunchToConnectLunch", SALESFORCE_AGENT_STATE_CHANGE, "Lunch", CONNECT, "Lunch");

    private List<Outcome> run(SyncPolicy policy) {
        EchoingSystems systems = new EchoingSystems();
        SyncEngine engine = new SyncEngine(pingPong, systems, systems, policy);
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(engine.accept(new SourceEvent.ConnectStatusChanged("jdoe", "Available", "Lunch")));
        for (int guard = 0; !systems.echoes.isEmpty() && guard < 1000; guard++) {
            outcomes.add(engine.accept(systems.echoes.poll()));
        }
        assertEquals(0, systems.echoes.size(), "the loop must end by itself");
        return outcomes;
    }

    @Test
    void withEchoesSuppressedThereIsNoChain() {
        List<Outcome> outcomes = run(SyncPolicy.defaults());
        assertEquals(2, outcomes.size());
        assertEquals(Outcome.Kind.ECHO, outcomes.get(1).kind());
    }

    @Test
    void withEchoesFiringRulesTheChainIsStoppedAtTheLimitAndReportedOnce() {
        List<Outcome> outcomes = run(new SyncPolicy(false, 8));
        long sent = outcomes.stream().mapToLong(o -> o.sent().size()).sum();
        assertEquals(8, sent);
        List<Oscillation> reported = outcomes.stream().map(Outcome::oscillation).filter(o -> o != null).toList();
        assertEquals(1, reported.size());
        Oscillation o = reported.get(0);
        assertNotNull(o.stopped());
        assertEquals(List.of("ConnectLunchToSfBreak", "SfBreakToConnectAway", "ConnectAwayToSfLunch", "SfLunchToConnectLunch"),
                o.rules());
        assertEquals(8, o.sent());
    }

    @Test
    void anEventFromOutsideStartsANewChain() {
        EchoingSystems systems = new EchoingSystems();
        SyncEngine engine = new SyncEngine(pingPong, systems, systems, new SyncPolicy(false, 3));
        engine.accept(new SourceEvent.ConnectStatusChanged("jdoe", "Available", "Lunch"));
        while (!systems.echoes.isEmpty()) {
            engine.accept(systems.echoes.poll());
        }
        Outcome fresh = engine.accept(new SourceEvent.OmniStatusChanged("jdoe", "Lunch", "OmniManualStatusChange"));
        // The chain above stopped at 3 with Connect on Away; a person's change may send again.
        assertEquals(List.of("SfLunchToConnectLunch"), fresh.sent().stream().map(Command::rule).toList());
    }
}
