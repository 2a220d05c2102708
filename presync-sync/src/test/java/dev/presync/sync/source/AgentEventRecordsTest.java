package dev.presync.sync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.sync.SourceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agent Event Stream records, parsed by a JSON library, read into the status the CCP shows. */
class AgentEventRecordsTest {
    /** A STATE_CHANGE in the shape Kinesis delivers, trimmed to what matters here. */
    private static final String OUTBOUND_CALL = """
            {"AWSAccountId":"123456789012","AgentARN":"arn:aws:connect:us-east-1:123456789012:instance/i/agent/a",
             "EventId":"e1","EventType":"STATE_CHANGE","EventTimestamp":"2026-11-24T09:05:00.018Z","Version":"2019-05-25",
             "CurrentAgentSnapshot":{"AgentStatus":{"ARN":"arn","Name":"Available","StartTimestamp":"2026-11-24T09:00:00Z"},
               "Configuration":{"Username":"jdoe","AgentHierarchyGroups":null,"RoutingProfile":{"Name":"Basic"}},
               "Contacts":[{"Channel":"VOICE","InitiationMethod":"OUTBOUND","State":"CONNECTING","ContactId":"c1"}]},
             "PreviousAgentSnapshot":{"AgentStatus":{"Name":"Available"},"Configuration":{"Username":"jdoe"},"Contacts":[]}}
            """;

    @Test
    void aStateChangeGivesTheStatusTheCcpShows() {
        Reading.Event e = (Reading.Event) AgentEventRecords.read(Json.parse(OUTBOUND_CALL));
        assertEquals("2026-11-24T09:05:00.018Z", e.time().toString());
        assertEquals(new SourceEvent.ConnectStatusChanged("jdoe", "Available", "CallingCustomer"), e.event());
    }

    @Test
    void heartbeatsAndLoginsWithoutASnapshotAreIgnoredWithTheReason() {
        assertEquals(new Reading.Ignored("HEART_BEAT"),
                AgentEventRecords.read(Json.parse("{\"EventType\":\"HEART_BEAT\",\"EventTimestamp\":\"2026-11-24T09:00:00Z\"}")));
        assertEquals(new Reading.Ignored("LOGOUT without a snapshot: no status to read"),
                AgentEventRecords.read(Json.parse("{\"EventType\":\"LOGOUT\",\"CurrentAgentSnapshot\":null}")));
    }

    @Test
    void aLoginWithASnapshotIsReadLikeAStateChange() {
        Reading.Event e = (Reading.Event) AgentEventRecords.read(Json.parse(OUTBOUND_CALL.replace("STATE_CHANGE", "LOGIN")));
        assertEquals("CallingCustomer", ((SourceEvent.ConnectStatusChanged) e.event()).newStatus());
    }

    @Test
    void eachProblemIsTiedToTheKeysThatLeadToIt() {
        assertEquals(new Reading.Problem(List.of(), "missing \"EventType\": not an Agent Event Stream record"),
                AgentEventRecords.read(Json.parse("{\"EventId\":\"e1\"}")));
        assertEquals(List.of("EventType"), problem("{\"EventType\":\"STATE_CHANGED\"}").keyPath());
        assertEquals(new Reading.Problem(List.of("EventTimestamp"),
                        "\"EventTimestamp\" is not an ISO-8601 time such as 2026-11-24T09:00:00Z: yesterday"),
                AgentEventRecords.read(Json.parse(OUTBOUND_CALL.replace("2026-11-24T09:05:00.018Z", "yesterday"))));
        assertEquals(List.of("CurrentAgentSnapshot", "Configuration", "Username"),
                problem(OUTBOUND_CALL.replace("\"Username\":\"jdoe\",", "")).keyPath());
        assertEquals(List.of("CurrentAgentSnapshot", "AgentStatus", "Name"),
                problem(OUTBOUND_CALL.replace("\"Name\":\"Available\",", "")).keyPath());
        assertEquals(new Reading.Problem(List.of(), "STATE_CHANGE record without a CurrentAgentSnapshot"),
                AgentEventRecords.read(Json.parse("{\"EventType\":\"STATE_CHANGE\",\"EventTimestamp\":\"2026-11-24T09:00:00Z\"}")));
    }

    @Test
    void wrongTypesAreNamedAsWrongTypesNotAsMissing() {
        assertEquals(new Reading.Problem(List.of("EventType"), "\"EventType\" must be a string, not the number 5"),
                AgentEventRecords.read(Json.parse("{\"EventType\":5}")));
        assertEquals(new Reading.Problem(List.of("CurrentAgentSnapshot", "AgentStatus", "Name"),
                        "CurrentAgentSnapshot.AgentStatus.Name must be a string, not the number 5"),
                problem(OUTBOUND_CALL.replace("\"Name\":\"Available\",", "\"Name\":5,")));
        assertEquals(new Reading.Problem(List.of("CurrentAgentSnapshot", "AgentStatus"),
                        "CurrentAgentSnapshot.AgentStatus must be an object, not the string \"Available\""),
                problem(OUTBOUND_CALL.replace("{\"ARN\":\"arn\",\"Name\":\"Available\",\"StartTimestamp\":\"2026-11-24T09:00:00Z\"}", "\"Available\"")));
    }

    @Test
    void contactsThatAreNotAnArrayOfObjectsAndAnEmptyStatusAreProblems() {
        assertEquals(new Reading.Problem(List.of("CurrentAgentSnapshot", "Contacts"),
                        "CurrentAgentSnapshot.Contacts must be an array of contacts, not the string \"nope\""),
                problem(OUTBOUND_CALL.replace("\"Contacts\":[{\"Channel\":\"VOICE\",\"InitiationMethod\":\"OUTBOUND\",\"State\":\"CONNECTING\",\"ContactId\":\"c1\"}]",
                        "\"Contacts\":\"nope\"")));
        assertEquals(new Reading.Problem(List.of("PreviousAgentSnapshot", "Contacts"),
                        "each of PreviousAgentSnapshot.Contacts must be a contact object, not the number 1"),
                problem(OUTBOUND_CALL.replace("\"Contacts\":[]}", "\"Contacts\":[1]}")));
        assertEquals(new Reading.Problem(List.of("CurrentAgentSnapshot", "AgentStatus", "Name"),
                        "CurrentAgentSnapshot.AgentStatus.Name is empty"),
                problem(OUTBOUND_CALL.replace("\"Name\":\"Available\",", "\"Name\":\"\",")));
    }

    private static Reading.Problem problem(String json) {
        return (Reading.Problem) AgentEventRecords.read(Json.parse(json));
    }
}
