package dev.presync.cli.replay;

import dev.presync.runtime.sync.SourceEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one Omni-Channel event line, named and shaped like the Lightning omniToolkit's events:
 * {@code {"time":"…","agent":"jdoe","type":"omniChannelStatusChanged","statusApiName":"Lunch","reason":"OmniManualStatusChange"}},
 * {@code omniChannelLogout}, {@code omniChannelWorkAccepted} (with {@code serviceChannel}, the
 * channel's developer name) and {@code omniChannelWorkloadChanged} ({@code configuredCapacity},
 * {@code previousWorkload}, {@code newWorkload}). Other keys the toolkit sends (statusId,
 * statusName, channels, workItemId…) are allowed and ignored.
 */
final class OmniEvents {
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private OmniEvents() {
    }

    static ReplayItem read(String file, int lineNumber, String line) {
        try {
            Map<String, Integer> columns = new HashMap<>();
            Map<String, Object> o = JsonTree.object(line, columns);
            try {
                Instant time = time(text(o, "time", true));
                String agent = text(o, "agent", true);
                String type = text(o, "type", true);
                return new ReplayItem.Timed(time, file + ":" + lineNumber, event(o, agent, type));
            } catch (Problem p) {
                throw new BadLine(columns.getOrDefault(p.key, 1), p.getMessage());
            }
        } catch (BadLine e) {
            return new ReplayItem.Bad(file, lineNumber, e.column, e.getMessage(), line);
        }
    }

    /** A problem with one key, placed at that key's column by the caller. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;

        Problem(String key, String message) {
            super(message);
            this.key = key;
        }
    }

    private static SourceEvent event(Map<String, Object> o, String agent, String type) throws Problem {
        switch (type) {
            case "omniChannelStatusChanged":
                return new SourceEvent.OmniStatusChanged(agent, text(o, "statusApiName", true), text(o, "reason", false));
            case "omniChannelLogout":
                return new SourceEvent.OmniLogout(agent);
            case "omniChannelWorkAccepted":
                return new SourceEvent.OmniWorkAccepted(agent, text(o, "serviceChannel", true));
            case "omniChannelWorkloadChanged":
                Long previous = o.get("previousWorkload") == null ? null : whole(o, "previousWorkload");
                return new SourceEvent.OmniWorkloadChanged(agent, whole(o, "configuredCapacity"), previous,
                        whole(o, "newWorkload"));
            default:
                throw new Problem("type", "unknown \"type\" '" + type + "'; expected omniChannelStatusChanged, "
                        + "omniChannelLogout, omniChannelWorkAccepted or omniChannelWorkloadChanged");
        }
    }

    private static Instant time(String text) throws Problem {
        try {
            return ConnectRecords.time(text, "time");
        } catch (BadLine e) {
            throw new Problem("time", e.getMessage());
        }
    }

    private static String text(Map<String, Object> o, String key, boolean required) throws Problem {
        Object v = o.get(key);
        if (v == null) {
            if (required) {
                throw new Problem(key, "missing \"" + key + "\"");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw new Problem(key, "\"" + key + "\" must be a string");
        }
        return s;
    }

    private static long whole(Map<String, Object> o, String key) throws Problem {
        Object v = o.get(key);
        if (v == null) {
            throw new Problem(key, "missing \"" + key + "\"");
        }
        if (!(v instanceof BigDecimal n) || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(MAX) > 0) {
            throw new Problem(key, "\"" + key + "\" must be a whole number, not negative: " + v);
        }
        return n.longValueExact();
    }
}
