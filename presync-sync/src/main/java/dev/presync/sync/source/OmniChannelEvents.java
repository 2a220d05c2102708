package dev.presync.sync.source;

import dev.presync.sync.SourceEvent;
import java.time.Instant;
import java.util.Map;

/**
 * Reads one Omni-Channel event, already parsed into a map, named and shaped like the Lightning
 * omniToolkit's events:
 * {@code {"time":"…","agent":"jdoe","type":"omniChannelStatusChanged","statusApiName":"Lunch","reason":"OmniManualStatusChange"}},
 * {@code omniChannelLogout}, {@code omniChannelWorkAccepted} (with {@code serviceChannel}, the
 * channel's developer name) and {@code omniChannelWorkloadChanged} ({@code configuredCapacity},
 * {@code previousWorkload}, which may be left out, and {@code newWorkload}). {@code agent} is the
 * Connect username. Other keys the toolkit sends (statusId, statusName, channels, workItemId…) are
 * allowed and ignored.
 */
public final class OmniChannelEvents {
    private static final KeysRead KEYS = KeysRead.leaves("time", "agent", "type", "statusApiName", "reason",
            "serviceChannel", "configuredCapacity", "previousWorkload", "newWorkload");

    private OmniChannelEvents() {
    }

    /** A problem with one key, to become a {@link Reading.Problem} at that key. */
    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;

        Bad(String key, String message) {
            super(message, null, false, false);
            this.key = key;
        }
    }

    /** The keys {@link #read} looks at: a caller that parses the JSON itself may build only these. */
    public static KeysRead keysRead() {
        return KEYS;
    }

    /** The event {@code event} reports, or what is wrong with it. */
    public static Reading read(Map<String, ?> event) {
        try {
            String timeText = text(event, "time", true);
            Instant time = JsonValues.time(timeText);
            if (time == null) {
                throw new Bad("time", JsonValues.notATime("time", timeText));
            }
            String agent = text(event, "agent", true);
            String type = text(event, "type", true);
            return new Reading.Event(time, event(event, agent, type));
        } catch (Bad b) {
            return Reading.Problem.at(b.key, b.getMessage());
        }
    }

    /**
     * The same reading as {@link #read(Map)} gives for an event holding these values: the same
     * event, or a problem with the same message at the same key.
     */
    public static Reading read(OmniChannelFields event) {
        try {
            String timeText = required(event.time(), "time");
            Instant time = JsonValues.time(timeText);
            if (time == null) {
                throw new Bad("time", JsonValues.notATime("time", timeText));
            }
            String agent = required(event.agent(), "agent");
            String type = required(event.type(), "type");
            return new Reading.Event(time, event(event, agent, type));
        } catch (Bad b) {
            return Reading.Problem.at(b.key, b.getMessage());
        }
    }

    private static SourceEvent event(OmniChannelFields o, String agent, String type) throws Bad {
        switch (type) {
            case "omniChannelStatusChanged":
                return new SourceEvent.OmniStatusChanged(agent, required(o.statusApiName(), "statusApiName"), o.reason());
            case "omniChannelLogout":
                return new SourceEvent.OmniLogout(agent);
            case "omniChannelWorkAccepted":
                return new SourceEvent.OmniWorkAccepted(agent, required(o.serviceChannel(), "serviceChannel"));
            case "omniChannelWorkloadChanged":
                Long previous = o.previousWorkload() == null ? null : whole(o.previousWorkload(), "previousWorkload");
                return new SourceEvent.OmniWorkloadChanged(agent, whole(o.configuredCapacity(), "configuredCapacity"),
                        previous, whole(o.newWorkload(), "newWorkload"));
            default:
                throw unknown(type);
        }
    }

    private static String required(String text, String key) throws Bad {
        if (text == null) {
            throw new Bad(key, "missing \"" + key + "\"");
        }
        if (text.isEmpty()) {
            throw new Bad(key, "\"" + key + "\" is empty");
        }
        return text;
    }

    private static long whole(Long n, String key) throws Bad {
        if (n == null) {
            throw new Bad(key, "missing \"" + key + "\"");
        }
        if (n < 0) {
            throw new Bad(key, "\"" + key + "\" must be a whole number, not negative: " + JsonValues.describe(n));
        }
        return n;
    }

    private static Bad unknown(String type) {
        return new Bad("type", "unknown \"type\" '" + type + "'; expected omniChannelStatusChanged, "
                + "omniChannelLogout, omniChannelWorkAccepted or omniChannelWorkloadChanged");
    }

    private static SourceEvent event(Map<String, ?> o, String agent, String type) throws Bad {
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
                throw unknown(type);
        }
    }

    private static String text(Map<String, ?> o, String key, boolean required) throws Bad {
        Object v = o.get(key);
        if (v == null) {
            if (required) {
                throw new Bad(key, "missing \"" + key + "\"");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw new Bad(key, "\"" + key + "\" must be a string, not " + JsonValues.describe(v));
        }
        if (required && s.isEmpty()) {
            throw new Bad(key, "\"" + key + "\" is empty");
        }
        return s;
    }

    private static long whole(Map<String, ?> o, String key) throws Bad {
        Object v = o.get(key);
        if (v == null) {
            throw new Bad(key, "missing \"" + key + "\"");
        }
        if (!(v instanceof Number)) {
            throw new Bad(key, "\"" + key + "\" must be a number, not " + JsonValues.describe(v));
        }
        Long n = JsonValues.wholeNumber(v);
        if (n == null) {
            throw new Bad(key, "\"" + key + "\" must be a whole number, not negative: " + JsonValues.describe(v));
        }
        return n;
    }
}
