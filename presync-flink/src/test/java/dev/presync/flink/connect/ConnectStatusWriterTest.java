package dev.presync.flink.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Connect sink's writer against a local server speaking the Connect REST API. */
class ConnectStatusWriterTest {
    private static final double RATE = 2;
    private static final int BURST = 5;
    private final ConnectApiStub connect = new ConnectApiStub();
    private final SimulatedTime time = new SimulatedTime();
    private final List<ConnectOutcome> outcomes = new ArrayList<>();
    private final ConnectStatusWriter writer = new ConnectStatusWriter(connect.client(), ConnectApiStub.INSTANCE,
            new ConnectDirectory(connect.client(), ConnectApiStub.INSTANCE, time, 300_000_000_000L),
            new TokenBucket(RATE, BURST, time), Backoff.defaults(), time, new Random(7), outcomes::add);

    @AfterEach
    void stop() {
        connect.close();
    }

    private static ConnectCommand command(int n, String agent, String state) {
        return new ConnectCommand("connect.jsonl:" + n + "#0", agent, state, "rule " + n, 1, 1_700_000_000_000L + n);
    }

    @Test
    void setsTheStatusByIdWithASignedRequest() throws Exception {
        writer.offer(command(1, "jdoe", "Lunch"));
        writer.sendAll();

        assertEquals(1, outcomes.size());
        assertEquals(ConnectOutcome.Kind.SENT, outcomes.get(0).kind, outcomes.toString());
        connect.server.verify(1, putRequestedFor(urlPathEqualTo("/users/" + ConnectApiStub.INSTANCE + "/id-jdoe/status"))
                .withRequestBody(equalToJson("{\"AgentStatusId\":\"st-Lunch\"}"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=" + ConnectApiStub.KEY_ID
                        + "/\\d{8}/us-east-1/connect/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}"))
                .withHeader("X-Amz-Date", matching("\\d{8}T\\d{6}Z")));
        connect.server.verify(1, postRequestedFor(urlPathEqualTo("/search-users"))
                .withRequestBody(equalToJson("{\"InstanceId\":\"" + ConnectApiStub.INSTANCE + "\",\"MaxResults\":2,"
                        + "\"SearchCriteria\":{\"StringCondition\":{\"FieldName\":\"Username\",\"Value\":\"jdoe\",\"ComparisonType\":\"EXACT\"}}}"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 .*")));
        connect.server.verify(2, getRequestedFor(urlPathEqualTo("/agent-status/" + ConnectApiStub.INSTANCE)));
    }

    @Test
    void throttlingIsRetriedAfterABackOff() throws Exception {
        String path = "/users/" + ConnectApiStub.INSTANCE + "/id-jdoe/status";
        connect.server.stubFor(put(urlPathEqualTo(path)).inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(ConnectApiStub.error(429, "TooManyRequestsException", "Rate exceeded")).willSetStateTo("once"));
        connect.server.stubFor(put(urlPathEqualTo(path)).inScenario("throttle").whenScenarioStateIs("once")
                .willReturn(ConnectApiStub.error(500, "InternalServiceException", "try again")).willSetStateTo("ok"));
        connect.server.stubFor(put(urlPathEqualTo(path)).inScenario("throttle").whenScenarioStateIs("ok")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
        writer.offer(command(1, "jdoe", "Break"));
        long before = time.slept;
        writer.sendAll();

        assertEquals(ConnectOutcome.Kind.SENT, outcomes.get(0).kind, outcomes.toString());
        assertEquals(3, outcomes.get(0).attempts);
        assertTrue(time.slept > before, "the retries waited");
        connect.server.verify(3, putRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aValidationErrorIsReportedAndNotRetried() throws Exception {
        String path = "/users/" + ConnectApiStub.INSTANCE + "/id-jdoe/status";
        connect.server.stubFor(put(urlPathEqualTo(path))
                .willReturn(ConnectApiStub.error(400, "InvalidRequestException", "The agent status is disabled")));
        writer.offer(command(1, "jdoe", "Break"));
        writer.sendAll();

        assertEquals(ConnectOutcome.Kind.FAILED, outcomes.get(0).kind);
        assertEquals(1, outcomes.get(0).attempts);
        assertTrue(outcomes.get(0).reason.contains("400 InvalidRequestException: The agent status is disabled"), outcomes.get(0).reason);
        connect.server.verify(1, putRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void unknownUsersAndStatusesFailWithoutAPut() throws Exception {
        writer.offer(command(1, "ghost", "Lunch"));
        writer.offer(command(2, "jdoe", "Gardening"));
        writer.sendAll();

        assertEquals(List.of(ConnectOutcome.Kind.FAILED, ConnectOutcome.Kind.FAILED), outcomes.stream().map(o -> o.kind).toList());
        assertEquals("no Connect user has the username ghost", outcomes.get(0).reason);
        assertEquals("the Connect instance has no agent status named Gardening", outcomes.get(1).reason);
        connect.server.verify(0, putRequestedFor(urlPathMatching("/users/.*")));
    }

    @Test
    void aNewerStatusReplacesAWaitingOneForTheSameAgent() throws Exception {
        writer.offer(command(1, "jdoe", "Lunch"));
        writer.offer(command(2, "asmith", "Break"));
        writer.offer(command(3, "jdoe", "Break"));
        writer.offer(command(4, "jdoe", "Offline"));
        ConnectCommand skipped = command(5, "bwong", "Available");
        skipped.skipped = "the Connect status is already Available";
        writer.offer(skipped);
        writer.sendAll();

        List<String> seen = outcomes.stream().map(o -> o.kind + " " + o.command.id).toList();
        assertEquals(List.of("COALESCED connect.jsonl:1#0", "COALESCED connect.jsonl:3#0", "SKIPPED connect.jsonl:5#0",
                "SENT connect.jsonl:4#0", "SENT connect.jsonl:2#0"), seen);
        connect.server.verify(1, putRequestedFor(urlPathEqualTo("/users/" + ConnectApiStub.INSTANCE + "/id-jdoe/status"))
                .withRequestBody(equalToJson("{\"AgentStatusId\":\"st-Offline\"}")));
        connect.server.verify(2, putRequestedFor(urlPathMatching("/users/.*")));
    }

    @Test
    void theRateLimitHoldsOverAThousandCommands() throws Exception {
        int n = 1000;
        for (int i = 0; i < n; i++) {
            writer.offer(command(i, "agent" + i, i % 2 == 0 ? "Lunch" : "Break"));
            if (i % 7 == 0) {
                writer.sendReady();
            }
        }
        writer.sendAll();

        assertEquals(n, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.kind == ConnectOutcome.Kind.SENT), "all sent");
        connect.server.verify(n, putRequestedFor(urlPathMatching("/users/" + ConnectApiStub.INSTANCE + "/id-agent\\d+/status"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 .*")));
        long[] at = outcomes.stream().mapToLong(o -> o.atNanos).sorted().toArray();
        // In any stretch of time, at most the burst plus what the rate refills.
        for (int i = 0; i < at.length; i++) {
            for (int j = i; j < at.length; j++) {
                double seconds = (at[j] - at[i]) / 1e9;
                assertTrue(j - i + 1 <= BURST + RATE * seconds + 1e-6,
                        (j - i + 1) + " requests within " + seconds + " s");
            }
        }
        double total = (at[n - 1] - at[0]) / 1e9;
        assertTrue(total >= (n - BURST) / RATE - 1e-6, "took " + total + " simulated seconds");
    }

    @Test
    void aStatusLookupIsCachedUntilTheRefresh() throws Exception {
        writer.offer(command(1, "jdoe", "Lunch"));
        writer.offer(command(2, "asmith", "Lunch"));
        writer.sendAll();
        writer.offer(command(3, "jdoe", "Break"));
        writer.sendAll();
        connect.server.verify(2, getRequestedFor(urlPathEqualTo("/agent-status/" + ConnectApiStub.INSTANCE)));
        connect.server.verify(1, postRequestedFor(urlPathEqualTo("/search-users"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"jdoe\"")));
        time.sleep(301_000_000_000L);
        writer.offer(command(4, "jdoe", "Offline"));
        writer.sendAll();
        connect.server.verify(4, getRequestedFor(urlPathEqualTo("/agent-status/" + ConnectApiStub.INSTANCE)));
        connect.server.verify(2, postRequestedFor(urlPathEqualTo("/search-users"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"jdoe\"")));
        assertTrue(outcomes.stream().allMatch(o -> o.kind == ConnectOutcome.Kind.SENT), outcomes.toString());
        connect.server.verify(4, putRequestedFor(urlPathMatching("/users/.*")));
    }
}
