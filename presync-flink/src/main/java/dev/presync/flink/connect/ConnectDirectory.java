package dev.presync.flink.connect;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.AgentStatusSummary;
import software.amazon.awssdk.services.connect.model.ListAgentStatusesRequest;
import software.amazon.awssdk.services.connect.model.ListAgentStatusesResponse;
import software.amazon.awssdk.services.connect.model.SearchUsersRequest;
import software.amazon.awssdk.services.connect.model.SearchUsersResponse;
import software.amazon.awssdk.services.connect.model.StringComparisonType;
import software.amazon.awssdk.services.connect.model.StringCondition;
import software.amazon.awssdk.services.connect.model.UserSearchCriteria;
import software.amazon.awssdk.services.connect.model.UserSearchSummary;

/**
 * Turns the names rules speak in into the ids PutUserStatus takes: agent status names through
 * ListAgentStatuses (the whole list, every page), usernames through SearchUsers (one exact
 * Username search each). Both are cached and looked up again once {@code refreshNanos} old, so a
 * status or user created while the job runs is found; an unknown status name also reloads the
 * list, unless it was loaded within the last second (so a rule naming a status that does not exist
 * cannot turn every command into a ListAgentStatuses call).
 */
public final class ConnectDirectory {
    private record Entry(Optional<String> id, long at) {
    }

    private static final long MISS_RELOAD_NANOS = 1_000_000_000L;
    private final ConnectClient client;
    private final String instanceId;
    private final TimeSource time;
    private final long refreshNanos;
    private final Map<String, String> statuses = new HashMap<>();
    private long statusesAt;
    private boolean statusesLoaded;
    private final Map<String, Entry> users = new HashMap<>();

    public ConnectDirectory(ConnectClient client, String instanceId, TimeSource time, long refreshNanos) {
        this.client = client;
        this.instanceId = instanceId;
        this.time = time;
        this.refreshNanos = refreshNanos;
    }

    /** The AgentStatusId of the status named {@code name}, if the instance has one. */
    public Optional<String> statusId(String name) {
        long now = time.nanoTime();
        if (!statusesLoaded || now - statusesAt >= refreshNanos) {
            loadStatuses(now);
        }
        String id = statuses.get(name);
        if (id == null && now - statusesAt >= MISS_RELOAD_NANOS) {
            loadStatuses(now);
            id = statuses.get(name);
        }
        return Optional.ofNullable(id);
    }

    /** The UserId of the user whose Username is {@code username}, if there is one. */
    public Optional<String> userId(String username) {
        long now = time.nanoTime();
        Entry cached = users.get(username);
        if (cached != null && now - cached.at() < refreshNanos) {
            return cached.id();
        }
        Optional<String> id = searchUser(username);
        users.put(username, new Entry(id, now));
        return id;
    }

    private void loadStatuses(long now) {
        Map<String, String> loaded = new HashMap<>();
        String token = null;
        do {
            ListAgentStatusesResponse page = client.listAgentStatuses(
                    ListAgentStatusesRequest.builder().instanceId(instanceId).nextToken(token).maxResults(100).build());
            for (AgentStatusSummary s : page.agentStatusSummaryList()) {
                loaded.put(s.name(), s.id());
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        statuses.clear();
        statuses.putAll(loaded);
        statusesAt = now;
        statusesLoaded = true;
    }

    private Optional<String> searchUser(String username) {
        SearchUsersResponse response = client.searchUsers(SearchUsersRequest.builder()
                .instanceId(instanceId)
                .maxResults(2)
                .searchCriteria(UserSearchCriteria.builder().stringCondition(StringCondition.builder()
                        .fieldName("Username").value(username).comparisonType(StringComparisonType.EXACT).build()).build())
                .build());
        return response.users().stream().filter(u -> username.equals(u.username())).map(UserSearchSummary::id).findFirst();
    }
}
