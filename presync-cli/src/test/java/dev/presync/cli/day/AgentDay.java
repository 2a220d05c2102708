package dev.presync.cli.day;

import dev.presync.sync.ConnectStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One agent's working day as the two systems would report it: logins, calls, breaks, lunch,
 * Omni-Channel work and the logout, separated by quiet periods. It tracks the status the agent
 * chose in Connect, following the example rules where Omni-Channel changes drive Connect.
 */
final class AgentDay {
    private final String agent;
    private final Random random;
    private final List<DayLine> lines = new ArrayList<>();
    private Instant t;
    private String chosen = "Offline";
    private String chosenSince;
    private ConnectRecordJson.Contact contact;
    private int contacts;
    private boolean lunched;

    AgentDay(String agent, Random random, Instant start) {
        this.agent = agent;
        this.random = random;
        this.t = start;
        this.chosenSince = start.toString();
    }

    List<DayLine> generate(Instant end) {
        ignored("LOGIN");
        connect("Available", null);
        quiet();
        while (t.isBefore(end)) {
            int pick = random.nextInt(100);
            if (!lunched && t.isAfter(end.minus(Duration.ofHours(5)))) {
                lunch();
            } else if (pick < 40) {
                call("INBOUND");
            } else if (pick < 50) {
                call("OUTBOUND");
            } else if (pick < 60) {
                connect("Break", null);
                quiet(10 * 60, 15 * 60);
                connect("Available", null);
            } else if (pick < 70) {
                omni("Break", "Break");
                quiet(10 * 60, 15 * 60);
                omni("Available_All", "Available");
            } else {
                omniWork();
            }
            quiet();
        }
        lines.add(line(1, "{\"time\":\"" + t + "\",\"agent\":\"" + agent + "\",\"type\":\"omniChannelLogout\"}",
                new DayLine.OmniLogout()));
        chosen = "Offline";
        tick(5);
        ignored("LOGOUT");
        return lines;
    }

    private void lunch() {
        lunched = true;
        connect("Lunch", null);
        quiet(30 * 60, 60 * 60);
        connect("Available", null);
    }

    private void call(String method) {
        String id = agent + "-c" + (++contacts);
        boolean in = method.equals("INBOUND");
        connect(chosen, new ConnectRecordJson.Contact(id, method, in ? "INCOMING" : "CONNECTING", t.toString()));
        tick(5 + random.nextInt(15));
        connect(chosen, new ConnectRecordJson.Contact(id, method, "CONNECTED", t.toString()));
        if (random.nextInt(4) == 0) {
            tick(30 + random.nextInt(60));
            connect(chosen, new ConnectRecordJson.Contact(id, method, "CONNECTED_ONHOLD", t.toString()));
            tick(30 + random.nextInt(60));
            connect(chosen, new ConnectRecordJson.Contact(id, method, "CONNECTED", t.toString()));
        }
        tick(120 + random.nextInt(480));
        connect(chosen, new ConnectRecordJson.Contact(id, method, "ENDED", t.toString()));
        tick(30 + random.nextInt(90));
        connect(chosen, null);
    }

    private void omniWork() {
        long capacity = 1 + random.nextInt(2);
        lines.add(line(1, "{\"time\":\"" + t + "\",\"agent\":\"" + agent + "\",\"type\":\"omniChannelWorkAccepted\","
                + "\"workItemId\":\"0Mw" + t.getEpochSecond() + "\",\"serviceChannel\":\"casesChannel\"}",
                new DayLine.WorkAccepted("casesChannel")));
        tick(1);
        workload(0, 1, capacity);
        if (capacity == 1) {
            chosen = "Omni Busy"; // FullToConnect
        }
        quiet(5 * 60, 20 * 60);
        workload(1, 0, capacity);
        if (capacity == 1) {
            chosen = "Available"; // FreedToConnect
        }
    }

    private void workload(long previous, long now, long capacity) {
        lines.add(line(1, "{\"time\":\"" + t + "\",\"agent\":\"" + agent + "\",\"type\":\"omniChannelWorkloadChanged\","
                        + "\"configuredCapacity\":" + capacity + ",\"previousWorkload\":" + previous + ",\"newWorkload\":" + now + "}",
                new DayLine.Workload(previous, now, capacity)));
    }

    /** A manual Omni-Channel change; {@code connectFollows} is what the example rules make Connect. */
    private void omni(String status, String connectFollows) {
        lines.add(line(1, "{\"time\":\"" + t + "\",\"agent\":\"" + agent + "\",\"type\":\"omniChannelStatusChanged\","
                + "\"statusApiName\":\"" + status + "\",\"reason\":\"OmniManualStatusChange\"}", new DayLine.OmniStatus(status)));
        chosen = connectFollows;
        chosenSince = t.toString();
    }

    private void connect(String newChosen, ConnectRecordJson.Contact newContact) {
        String previousChosen = chosen;
        ConnectRecordJson.Contact previousContact = contact;
        if (!newChosen.equals(chosen)) {
            chosenSince = t.toString();
        }
        chosen = newChosen;
        contact = newContact;
        String text = ConnectRecordJson.record("STATE_CHANGE", t.toString(), agent, chosen, chosenSince, contact,
                previousChosen, previousContact);
        List<ConnectStatus.Contact> shown = contact == null ? List.of()
                : List.of(new ConnectStatus.Contact("VOICE", contact.method(), contact.state()));
        lines.add(line(0, text, new DayLine.ConnectShows(ConnectStatus.derive(chosen, shown))));
    }

    private void ignored(String type) {
        lines.add(line(0, ConnectRecordJson.record(type, t.toString(), agent, null, null, null, null, null), new DayLine.Ignored()));
        tick(2);
    }

    private DayLine line(int file, String text, DayLine.Meaning meaning) {
        DayLine l = new DayLine(t, file, agent, text, meaning, false);
        tick(1);
        return l;
    }

    /** Marks the last line as the end of an episode, then waits (with a heartbeat now and then). */
    private void quiet() {
        quiet(60, 15 * 60);
    }

    private void quiet(int minSeconds, int maxSeconds) {
        DayLine last = lines.remove(lines.size() - 1);
        lines.add(new DayLine(last.time(), last.file(), last.agent(), last.text(), last.meaning(), true));
        int wait = minSeconds + random.nextInt(maxSeconds - minSeconds);
        if (wait > 120 && random.nextBoolean()) {
            tick(120);
            lines.add(line(0, ConnectRecordJson.record("HEART_BEAT", t.toString(), agent, null, null, null, null, null),
                    new DayLine.Ignored()));
            wait -= 121;
        }
        tick(wait);
    }

    private void tick(long seconds) {
        t = t.plusSeconds(seconds);
    }
}
