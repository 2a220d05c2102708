package dev.presync.sync;

import static dev.presync.runtime.Destination.CONNECT;
import static dev.presync.runtime.Destination.SALESFORCE;
import static dev.presync.runtime.EventType.CONNECT_AGENT_STATE_CHANGE;
import static dev.presync.runtime.EventType.SALESFORCE_AGENT_LOGOUT;
import static dev.presync.runtime.EventType.SALESFORCE_AGENT_STATE_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.sync.SourceEvent.ConnectStatusChanged;
import dev.presync.sync.SourceEvent.OmniLogout;
import dev.presync.sync.SourceEvent.OmniStatusChanged;
import dev.presync.sync.SourceEvent.OmniWorkloadChanged;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncEngineTest {
    private final RecordingGateways gateways = new RecordingGateways();
    private final TableRules rules = new TableRules()
            .rule("LunchToSf", CONNECT_AGENT_STATE_CHANGE, "Lunch", SALESFORCE, "Lunch")
            .rule("AvailToSf", CONNECT_AGENT_STATE_CHANGE, "Available", SALESFORCE, "Available")
            .rule("SfBreakToConnect", SALESFORCE_AGENT_STATE_CHANGE, "Break", CONNECT, "Break")
            .rule("SfOfflineToConnect", SALESFORCE_AGENT_STATE_CHANGE, "Offline", CONNECT, "Offline")
            .rule("LogoutToConnect", SALESFORCE_AGENT_LOGOUT, "Offline", CONNECT, "Away");
    private final SyncEngine engine = new SyncEngine(rules, gateways, gateways);

    @Test
    void aConnectChangeFiresRulesAndSendsTheCommand() {
        Outcome o = engine.accept(new ConnectStatusChanged("jdoe", "Available", "Lunch"));
        assertEquals(Outcome.Kind.EVALUATED, o.kind());
        assertEquals("Lunch", o.ruleEvent().text(Operand.CONNECT_NEW_STATE));
        assertEquals("Available", o.ruleEvent().text(Operand.CONNECT_OLD_STATE));
        assertEquals(List.of("Salesforce jdoe Lunch"), gateways.calls);
        assertEquals("Lunch", engine.agent("jdoe").orElseThrow().pendingSalesforce());
    }

    @Test
    void theEnginesOwnOldStatusWinsOverTheSourcesAndAnUnchangedStatusRunsNoRules() {
        engine.accept(new ConnectStatusChanged("jdoe", null, "Lunch"));
        Outcome o = engine.accept(new ConnectStatusChanged("jdoe", "Available", "Break"));
        assertEquals("Lunch", o.ruleEvent().text(Operand.CONNECT_OLD_STATE));
        Outcome same = engine.accept(new ConnectStatusChanged("jdoe", "Break", "Break"));
        assertEquals(Outcome.Kind.UNCHANGED, same.kind());
        assertNull(same.ruleEvent());
    }

    @Test
    void aCommandForAStatusTheTargetAlreadyHasIsSkipped() {
        engine.accept(new OmniStatusChanged("jdoe", "Lunch", "OmniManualStatusChange"));
        gateways.calls.clear();
        Outcome o = engine.accept(new ConnectStatusChanged("jdoe", "Available", "Lunch"));
        assertEquals(CommandResult.Status.SKIPPED, o.commands().get(0).status());
        assertEquals(List.of(), gateways.calls);
    }

    @Test
    void aSalesforceToolkitChangeIsAnEchoThatUpdatesStateWithoutRules() {
        engine.accept(new ConnectStatusChanged("jdoe", "Available", "Lunch"));
        gateways.calls.clear();
        Outcome o = engine.accept(new OmniStatusChanged("jdoe", "Lunch", OmniStatusChanged.TOOLKIT_REASON));
        assertEquals(Outcome.Kind.ECHO, o.kind());
        assertEquals("Lunch", engine.agent("jdoe").orElseThrow().salesforceStatus());
        assertNull(engine.agent("jdoe").orElseThrow().pendingSalesforce());
        assertEquals(List.of(), gateways.calls);
        Outcome manual = engine.accept(new OmniStatusChanged("jdoe", "Break", "OmniManualStatusChange"));
        assertEquals(Outcome.Kind.EVALUATED, manual.kind());
        assertEquals(List.of("Connect jdoe Break"), gateways.calls);
    }

    @Test
    void aConnectChangeMatchingThePendingCommandIsAnEchoAndACallKeepsItPending() {
        engine.accept(new ConnectStatusChanged("jdoe", null, "Available"));
        engine.accept(new OmniStatusChanged("jdoe", "Break", "OmniManualStatusChange"));
        assertEquals("Break", engine.agent("jdoe").orElseThrow().pendingConnect());
        engine.accept(new ConnectStatusChanged("jdoe", null, "Busy"));
        engine.accept(new ConnectStatusChanged("jdoe", null, "AfterCallWork"));
        assertEquals("Break", engine.agent("jdoe").orElseThrow().pendingConnect());
        Outcome echo = engine.accept(new ConnectStatusChanged("jdoe", null, "Break"));
        assertEquals(Outcome.Kind.ECHO, echo.kind());
        assertNull(engine.agent("jdoe").orElseThrow().pendingConnect());
    }

    @Test
    void aStatusTheAgentChoseSettlesAPendingConnectCommand() {
        engine.accept(new OmniStatusChanged("jdoe", "Break", "OmniManualStatusChange"));
        Outcome o = engine.accept(new ConnectStatusChanged("jdoe", "Break", "Available"));
        assertEquals(Outcome.Kind.EVALUATED, o.kind());
        assertNull(engine.agent("jdoe").orElseThrow().pendingConnect());
    }

    @Test
    void logoutIsNotAChangeToOfflineNorTheReverse() {
        Outcome logout = engine.accept(new OmniLogout("jdoe"));
        assertEquals(EventType.SALESFORCE_AGENT_LOGOUT, logout.ruleEvent().type());
        assertEquals("Offline", engine.agent("jdoe").orElseThrow().salesforceStatus());
        assertEquals(List.of("Connect jdoe Away"), gateways.calls);
        Outcome offline = engine.accept(new OmniStatusChanged("jdoe", "Offline", "OmniManualStatusChange"));
        assertEquals(EventType.SALESFORCE_AGENT_STATE_CHANGE, offline.ruleEvent().type());
        assertEquals("SfOfflineToConnect", offline.actions().get(0).rule());
    }

    @Test
    void aWorkloadChangeWithoutThePreviousWorkloadUsesTheLastOneSeen() {
        Outcome first = engine.accept(new OmniWorkloadChanged("jdoe", 3, null, 1));
        assertTrue(!first.ruleEvent().hasPreviousWorkload());
        Outcome second = engine.accept(new OmniWorkloadChanged("jdoe", 3, null, 2));
        assertEquals(1, second.ruleEvent().previousWorkload());
        assertEquals(2, second.ruleEvent().newWorkload());
        assertEquals(3, second.ruleEvent().configuredCapacity());
        AgentSnapshot s = engine.agent("jdoe").orElseThrow();
        assertEquals(2L, s.workload());
        assertEquals(3L, s.capacity());
    }

    @Test
    void aFailingGatewayIsReportedAndTheEngineGoesOn() {
        SyncEngine failing = new SyncEngine(rules, (a, s) -> {
            throw new IllegalStateException("Salesforce is down");
        }, gateways);
        Outcome o = failing.accept(new ConnectStatusChanged("jdoe", "Available", "Lunch"));
        assertEquals(CommandResult.Status.FAILED, o.commands().get(0).status());
        assertEquals("Salesforce is down", o.commands().get(0).detail());
        assertNull(failing.agent("jdoe").orElseThrow().pendingSalesforce());
    }
}
