package dev.presync.flink.connect;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.PutUserStatusRequest;

/**
 * Sets agent statuses in Amazon Connect with PutUserStatus, within the account's request budget.
 *
 * <p>Commands wait in an outbox, one per agent: a newer command for an agent whose command is still
 * waiting replaces it (the older one is reported {@code COALESCED}), keeping its place in the queue,
 * because only the newest wanted status matters and the budget is small. Each request spends a
 * token of the {@link TokenBucket}, retries included. Throttling (429), server errors (5xx) and
 * network failures are retried after a jittered {@link Backoff}; validation errors (other 4xx) are
 * not, since the same request would fail again. Every command's outcome goes to the listener.
 *
 * <p>Not thread-safe: one writer per account, driven from one thread (the sink's task).
 */
public final class ConnectStatusWriter {
    private final ConnectClient client;
    private final String instanceId;
    private final ConnectDirectory directory;
    private final TokenBucket bucket;
    private final Backoff backoff;
    private final TimeSource time;
    private final Random random;
    private final Consumer<ConnectOutcome> outcomes;
    private final LinkedHashMap<String, ConnectCommand> outbox = new LinkedHashMap<>();

    public ConnectStatusWriter(ConnectClient client, String instanceId, ConnectDirectory directory, TokenBucket bucket,
                               Backoff backoff, TimeSource time, Random random, Consumer<ConnectOutcome> outcomes) {
        this.client = client;
        this.instanceId = instanceId;
        this.directory = directory;
        this.bucket = bucket;
        this.backoff = backoff;
        this.time = time;
        this.random = random;
        this.outcomes = outcomes;
    }

    /** Queues a command (or reports it skipped, when the engine skipped it), replacing the agent's waiting one. */
    public void offer(ConnectCommand command) {
        if (command.skipped != null) {
            outcomes.accept(new ConnectOutcome(command, ConnectOutcome.Kind.SKIPPED, command.skipped, 0, 0));
            return;
        }
        ConnectCommand older = outbox.put(command.agent, command);
        if (older != null) {
            outcomes.accept(new ConnectOutcome(older, ConnectOutcome.Kind.COALESCED,
                    "replaced by " + command.state + " (" + command.id + ") before it was sent", 0, 0));
        }
    }

    /** Sends waiting commands, oldest first, while the budget allows without waiting. */
    public void sendReady() throws InterruptedException {
        while (!outbox.isEmpty() && bucket.tryAcquire()) {
            send(take(), 1);
        }
    }

    /** Sends every waiting command, waiting for the budget as needed. */
    public void sendAll() throws InterruptedException {
        while (!outbox.isEmpty()) {
            bucket.acquire();
            send(take(), 1);
        }
    }

    /** How long until the next waiting command can be sent; -1 when none waits. */
    public long nanosUntilNext() {
        return outbox.isEmpty() ? -1 : bucket.nanosUntilToken();
    }

    /** The waiting commands, oldest first (for a checkpoint). */
    public List<ConnectCommand> waiting() {
        return new ArrayList<>(outbox.values());
    }

    private ConnectCommand take() {
        Iterator<ConnectCommand> it = outbox.values().iterator();
        ConnectCommand next = it.next();
        it.remove();
        return next;
    }

    /** Makes the request; {@code attempt} already has its token. */
    private void send(ConnectCommand command, int attempt) throws InterruptedException {
        for (;; attempt++) {
            long at = time.nanoTime();
            String retryable;
            try {
                Optional<String> user = directory.userId(command.agent);
                if (user.isEmpty()) {
                    fail(command, "no Connect user has the username " + command.agent, attempt - 1, at);
                    return;
                }
                Optional<String> status = directory.statusId(command.state);
                if (status.isEmpty()) {
                    fail(command, "the Connect instance has no agent status named " + command.state, attempt - 1, at);
                    return;
                }
                client.putUserStatus(PutUserStatusRequest.builder()
                        .instanceId(instanceId).userId(user.get()).agentStatusId(status.get()).build());
                outcomes.accept(new ConnectOutcome(command, ConnectOutcome.Kind.SENT, "", attempt, at));
                return;
            } catch (AwsServiceException e) {
                String reason = e.statusCode() + " " + errorCode(e) + ": " + e.awsErrorDetails().errorMessage();
                if (!(e.statusCode() == 429 || e.statusCode() >= 500 || e.isThrottlingException())) {
                    fail(command, reason, attempt, at);
                    return;
                }
                retryable = reason;
            } catch (SdkClientException e) {
                retryable = "no answer from Connect: " + e.getMessage();
            }
            if (attempt >= backoff.attempts()) {
                fail(command, retryable + " (gave up after " + attempt + " attempts)", attempt, at);
                return;
            }
            time.sleep(backoff.delayNanos(attempt, random));
            bucket.acquire();
        }
    }

    private static String errorCode(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code == null ? e.getClass().getSimpleName() : code;
    }

    private void fail(ConnectCommand command, String reason, int attempts, long at) {
        outcomes.accept(new ConnectOutcome(command, ConnectOutcome.Kind.FAILED, reason, attempts, attempts == 0 ? 0 : at));
    }

    /** For checkpoint restore: the waiting commands, oldest first. */
    public void restore(List<ConnectCommand> waiting) {
        for (ConnectCommand c : waiting) {
            outbox.put(c.agent, c);
        }
    }

    /** The number of commands waiting. */
    public int size() {
        return outbox.size();
    }
}
