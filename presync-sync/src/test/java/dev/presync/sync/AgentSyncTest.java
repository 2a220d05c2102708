package dev.presync.sync;

import static dev.presync.runtime.Destination.CONNECT;
import static dev.presync.runtime.Destination.SALESFORCE;
import static dev.presync.runtime.EventType.CONNECT_AGENT_STATE_CHANGE;
import static dev.presync.runtime.EventType.SALESFORCE_AGENT_LOGOUT;
import static dev.presync.runtime.EventType.SALESFORCE_AGENT_STATE_CHANGE;
import static dev.presync.runtime.EventType.SALESFORCE_WORK_ACCEPTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A keyed stream processor keeps each agent's state as data between events. Fed the same events,
 * {@link AgentSync} with the state serialised and read back after every event must decide exactly
 * as {@link SyncEngine}, which keeps its state in memory: same outcomes, same commands, same state.
 */
class AgentSyncTest {
    private static final String[] AGENTS = {"jdoe", "asmith"};
    private static final String[] STATUSES = {"Available", "Lunch", "Break", "Away", "Busy", "Offline"};

    /** Rules that answer each other, so chains, echoes and oscillations all happen. */
    private static final TableRules RULES = new TableRules()
            .rule("ConnectLunchToSfBreak", CONNECT_AGENT_STATE_CHANGE, "Lunch", SALESFORCE, "Break")
            .rule("SfBreakToConnectAway", SALESFORCE_AGENT_STATE_CHANGE, "Break", CONNECT, "Away")
            .rule("ConnectAwayToSfLunch", CONNECT_AGENT_STATE_CHANGE, "Away", SALESFORCE, "Lunch")
            .rule("SfLunchToConnectLunch", SALESFORCE_AGENT_STATE_CHANGE, "Lunch", CONNECT, "Lunch")
            .rule("ConnectBusyToSf", CONNECT_AGENT_STATE_CHANGE, "Busy", SALESFORCE, "Busy")
            .rule("LogoutToConnect", SALESFORCE_AGENT_LOGOUT, "Offline", CONNECT, "Offline")
            .rule("WorkToConnect", SALESFORCE_WORK_ACCEPTED, null, CONNECT, "Available");

    /** Two systems that report each command back, as the real ones do. */
    private static final class Echoes implements SalesforceGateway, ConnectGateway {
        final Deque<SourceEvent> pending = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public void setPresenceStatus(String agent, String status) {
            calls.add("Salesforce " + agent + " " + status);
            pending.add(new SourceEvent.OmniStatusChanged(agent, status, SourceEvent.OmniStatusChanged.TOOLKIT_REASON));
        }

        @Override
        public void setAgentStatus(String agent, String status) {
            calls.add("Connect " + agent + " " + status);
            pending.add(new SourceEvent.ConnectStatusChanged(agent, null, status));
        }
    }

    private static Gen<SourceEvent> events() {
        Gen<Integer> pick = integers().between(0, 1000);
        return pick.zip(pick, pick, (kind, a, s) -> {
            String agent = AGENTS[a % AGENTS.length];
            String status = STATUSES[s % STATUSES.length];
            return switch (kind % 6) {
                case 0, 1 -> new SourceEvent.ConnectStatusChanged(agent, s % 3 == 0 ? null : STATUSES[a % STATUSES.length], status);
                case 2 -> new SourceEvent.OmniStatusChanged(agent, status, s % 4 == 0 ? SourceEvent.OmniStatusChanged.TOOLKIT_REASON : "OmniManualStatusChange");
                case 3 -> new SourceEvent.OmniLogout(agent);
                case 4 -> new SourceEvent.OmniWorkAccepted(agent, "casesChannel");
                default -> new SourceEvent.OmniWorkloadChanged(agent, 1 + s % 5, a % 2 == 0 ? null : (long) (a % 4), s % 6);
            };
        });
    }

    @Test
    void savedAndRestoredStateDecidesExactlyAsTheEngine() {
        qt().withExamples(400)
                .forAll(lists().of(events()).ofSizeBetween(0, 40), booleans().all(), integers().between(1, 5))
                .checkAssert(AgentSyncTest::agree);
    }

    private static void agree(List<SourceEvent> inputs, Boolean suppressEchoes, Integer chainLimit) {
        SyncPolicy policy = new SyncPolicy(suppressEchoes, chainLimit);
        Echoes engineSide = new Echoes();
        Echoes keyedSide = new Echoes();
        SyncEngine engine = new SyncEngine(RULES, engineSide, engineSide, policy);
        AgentSync sync = new AgentSync(RULES, keyedSide, keyedSide, policy);
        Map<String, byte[]> store = new HashMap<>();
        for (SourceEvent input : inputs) {
            engineSide.pending.add(input);
            keyedSide.pending.add(input);
            for (int guard = 0; !engineSide.pending.isEmpty(); guard++) {
                SourceEvent e = engineSide.pending.poll();
                assertEquals(e, keyedSide.pending.poll());
                Outcome expected = engine.accept(e);
                byte[] saved = store.get(e.agent());
                AgentSync.Step step = sync.accept(saved == null ? null : deserialise(saved), e);
                store.put(e.agent(), serialise(step.state()));
                assertEquals(expected.toString(), step.outcome().toString());
                assertEquals(engine.agent(e.agent()).orElseThrow(), step.state());
                assertEquals(engineSide.calls, keyedSide.calls);
                assertEquals(true, guard < 100, "the chain limit must end every chain");
            }
            assertEquals(0, keyedSide.pending.size());
        }
    }

    @Test
    void aRestoredEngineGoesOnWhereTheSnapshotLeftOff() {
        RecordingGateways first = new RecordingGateways();
        SyncEngine engine = new SyncEngine(RULES, first, first);
        engine.accept(new SourceEvent.ConnectStatusChanged("jdoe", "Available", "Lunch"));
        AgentSnapshot saved = deserialise(serialise(engine.agent("jdoe").orElseThrow()));
        assertEquals("Break", saved.pendingSalesforce());
        assertEquals(List.of("ConnectLunchToSfBreak"), saved.chainRules());

        RecordingGateways second = new RecordingGateways();
        SyncEngine restarted = new SyncEngine(RULES, second, second);
        restarted.restore(saved);
        Outcome echo = restarted.accept(new SourceEvent.OmniStatusChanged("jdoe", "Break", SourceEvent.OmniStatusChanged.TOOLKIT_REASON));
        assertEquals(Outcome.Kind.ECHO, echo.kind(), "the pending command survived the restart");
        assertEquals(List.of(), second.calls);
    }

    @Test
    void theStateOfAnotherAgentIsRefused() {
        AgentSync sync = new AgentSync(RULES, (a, s) -> { }, (a, s) -> { }, SyncPolicy.defaults());
        assertThrows(IllegalArgumentException.class,
                () -> sync.accept(AgentSnapshot.unseen("asmith"), new SourceEvent.OmniLogout("jdoe")));
    }

    private static byte[] serialise(AgentSnapshot s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static AgentSnapshot deserialise(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (AgentSnapshot) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
