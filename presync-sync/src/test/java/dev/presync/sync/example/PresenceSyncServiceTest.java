package dev.presync.sync.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.presync.sync.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example of docs/engine.md is this package's {@link PresenceSyncService}, word for
 * word; here it runs on records parsed by Jackson, as a service would parse them.
 */
class PresenceSyncServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Map<String, Object> parse(String json) throws IOException {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void theServiceSyncsTheStatusesItIsFed() throws IOException {
        Path rules = Files.writeString(dir.resolve("sync.rules"), """
                rule LunchToSalesforce on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'
                rule OnCall on ConnectAgentStateChange when ConnectNewState == 'Busy' set Salesforce 'On_Call'
                rule BreakToConnect on SalesforceAgentStateChange when SalesforceNewState == 'Break' set Connect 'Break'
                """);
        List<String> calls = new ArrayList<>();
        PresenceSyncService service = new PresenceSyncService(rules,
                (agent, status) -> calls.add("Salesforce " + agent + " " + status),
                (agent, status) -> calls.add("Connect " + agent + " " + status));

        Outcome call = service.onAgentEvent(parse("""
                {"EventType":"STATE_CHANGE","EventTimestamp":"2026-11-24T09:05:04.532Z",
                 "CurrentAgentSnapshot":{"AgentStatus":{"Name":"Available"},"Configuration":{"Username":"jdoe"},
                   "Contacts":[{"Channel":"VOICE","InitiationMethod":"INBOUND","State":"CONNECTED"}]}}
                """)).orElseThrow();
        assertEquals(Outcome.Kind.EVALUATED, call.kind());
        assertTrue(service.onAgentEvent(parse("{\"EventType\":\"HEART_BEAT\"}")).isEmpty());
        assertTrue(service.onAgentEvent(parse("{\"EventType\":\"STATE_CHANGE\"}")).isEmpty(), "a problem is logged, not thrown");
        service.onOmniEvent(parse("""
                {"time":"2026-11-24T12:00:00Z","agent":"jdoe","type":"omniChannelStatusChanged","statusApiName":"Break","reason":"OmniManualStatusChange"}
                """));
        assertEquals(List.of("Salesforce jdoe On_Call", "Connect jdoe Break"), calls);
    }

    @Test
    void theDocsShowThisCodeWordForWord() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/presync/sync/example/PresenceSyncService.java"), StandardCharsets.UTF_8);
        String code = source.substring(source.indexOf("// BEGIN docs/engine.md\n") + "// BEGIN docs/engine.md\n".length(),
                source.indexOf("// END docs/engine.md"));
        String docs = Files.readString(Path.of("../docs/engine.md"), StandardCharsets.UTF_8);
        assertTrue(docs.contains("```java\n" + code + "```\n"), "docs/engine.md must show PresenceSyncService as it is");
    }
}
