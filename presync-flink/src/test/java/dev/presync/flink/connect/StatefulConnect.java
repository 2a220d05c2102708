package dev.presync.flink.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for an Amazon Connect instance that keeps state: {@link ConnectApiStub}'s answers to
 * ListAgentStatuses and SearchUsers, and every PutUserStatus remembered, so that a test can read
 * each user's current status and the statuses it was set to, in order, as Connect would have them.
 * Connect's own behaviour is what makes re-sending harmless: setting the status a user already has
 * changes nothing; {@link #unchanged()} counts those requests.
 */
public final class StatefulConnect implements AutoCloseable {
    public static final String INSTANCE = ConnectApiStub.INSTANCE;
    public static final String KEY_ID = ConnectApiStub.KEY_ID;
    private static final Pattern PUT_STATUS = Pattern.compile("/users/" + INSTANCE + "/([^/?]+)/status");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<String>> history = new TreeMap<>();
    private int unchanged;
    private final ConnectApiStub stub = new ConnectApiStub(new Recorder());

    /** The AgentStatusId of the status {@code name}. */
    public static String statusId(String name) {
        return ConnectApiStub.statusId(name);
    }

    /** The base URL to give the sink as its Connect endpoint. */
    public String endpoint() {
        return stub.server.baseUrl();
    }

    /** Each user's current status (the AgentStatusId's name), by UserId. */
    public synchronized Map<String, String> statuses() {
        Map<String, String> now = new TreeMap<>();
        history.forEach((user, statuses) -> now.put(user, statuses.get(statuses.size() - 1)));
        return now;
    }

    /** Every status each user was set to, in the order the requests came, by UserId. */
    public synchronized Map<String, List<String>> history() {
        Map<String, List<String>> copy = new TreeMap<>();
        history.forEach((user, statuses) -> copy.put(user, List.copyOf(statuses)));
        return copy;
    }

    /** PutUserStatus requests that set the status the user already had. */
    public synchronized int unchanged() {
        return unchanged;
    }

    private synchronized void put(String user, String statusId) {
        List<String> statuses = history.computeIfAbsent(user, k -> new ArrayList<>());
        if (!statuses.isEmpty() && statuses.get(statuses.size() - 1).equals(statusId)) {
            unchanged++;
        }
        statuses.add(statusId);
    }

    @Override
    public void close() {
        stub.close();
    }

    /** Sees every request; remembers a successful PutUserStatus, answers it as the stub does. */
    private final class Recorder implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            ResponseDefinition answer = event.getResponseDefinition();
            Matcher m = PUT_STATUS.matcher(event.getRequest().getUrl());
            if (event.getRequest().getMethod().equals(RequestMethod.PUT) && m.matches() && answer.getStatus() == 200) {
                try {
                    String statusId = JSON.readTree(event.getRequest().getBodyAsString()).path("AgentStatusId").asText();
                    put(m.group(1), statusId);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return answer;
        }

        @Override
        public String getName() {
            return "stateful-connect";
        }
    }
}
