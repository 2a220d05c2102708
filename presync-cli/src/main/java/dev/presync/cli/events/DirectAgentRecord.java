package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.presync.sync.ConnectStatus;
import dev.presync.sync.source.AgentEventFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast reading of an Agent Event Stream record that is fine: from the byte parser's tokens
 * straight into the {@link AgentEventFields} the reader takes, with no map, no field records and
 * no text but the five values read. Every other token is still read (so the syntax, the nesting and
 * a fraction's exponent are checked as {@link JsonObjectLine} checks them) and every key still
 * checked for a repeat ({@link SeenNames}). At the first doubt (a bad token, a repeated key, a
 * value of another kind than the reader takes, text after the object) it answers null, and the
 * caller reads the line the careful way ({@link JsonObjectLine} and the map reader), which alone
 * words messages; so this class never makes one.
 */
public final class DirectAgentRecord {
    private static final JsonFactory FAST = new JsonFactory();
    /** Jackson refuses a string this long only when it is made into text; the careful way reads those. */
    private static final int MAX_STRING = FAST.streamReadConstraints().getMaxStringLength();

    private final JsonParser p;
    private final SeenNames seen = new SeenNames();

    private DirectAgentRecord(JsonParser p) {
        this.p = p;
    }

    /** The values of the plain line ({@link AsciiLines#isPlain}) at {@code offset}, or null when it is not plainly fine. */
    public static AgentEventFields read(byte[] bytes, int offset, int length) {
        if (length >= MAX_STRING) {
            return null;
        }
        try (JsonParser p = FAST.createParser(bytes, offset, length)) {
            return new DirectAgentRecord(p).record();
        } catch (Exception e) { // any doubt at all: the careful reading decides
            return null;
        }
    }

    private AgentEventFields record() throws IOException, SeenNames.GiveUp {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw SeenNames.GiveUp.INSTANCE;
        }
        seen.open();
        String type = null;
        String timestamp = null;
        AgentEventFields.Snapshot current = null;
        AgentEventFields.Snapshot previous = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = name();
            JsonToken t = p.nextToken();
            switch (name) {
                case "EventType" -> type = text(t);
                case "EventTimestamp" -> timestamp = text(t);
                case "CurrentAgentSnapshot" -> current = snapshot(t);
                case "PreviousAgentSnapshot" -> previous = snapshot(t);
                default -> skip(t);
            }
        }
        if (p.nextToken() != null) {
            throw SeenNames.GiveUp.INSTANCE;
        }
        return new AgentEventFields(type, timestamp, current, previous);
    }

    private AgentEventFields.Snapshot snapshot(JsonToken t) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        object(t);
        String status = null;
        String username = null;
        List<ConnectStatus.Contact> contacts = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = name();
            JsonToken v = p.nextToken();
            switch (name) {
                case "AgentStatus" -> status = textIn(v, "Name");
                case "Configuration" -> username = textIn(v, "Username");
                case "Contacts" -> contacts = contacts(v);
                default -> skip(v);
            }
        }
        seen.close();
        return new AgentEventFields.Snapshot(status, username, contacts);
    }

    /** The text at {@code key} in the object (or null) at the parser; null when missing or null. */
    private String textIn(JsonToken t, String key) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        object(t);
        String text = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = name();
            JsonToken v = p.nextToken();
            if (name.equals(key)) {
                text = text(v);
            } else {
                skip(v);
            }
        }
        seen.close();
        return text;
    }

    private List<ConnectStatus.Contact> contacts(JsonToken t) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw SeenNames.GiveUp.INSTANCE;
        }
        List<ConnectStatus.Contact> contacts = new ArrayList<>(2);
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            object(e);
            String channel = null;
            String method = null;
            String state = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = name();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "Channel" -> channel = text(v);
                    case "InitiationMethod" -> method = text(v);
                    case "State" -> state = text(v);
                    default -> skip(v);
                }
            }
            seen.close();
            contacts.add(new ConnectStatus.Contact(channel, method, state));
        }
        return contacts;
    }

    /** A string's text, null for null; any other value is a doubt. */
    private String text(JsonToken t) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw SeenNames.GiveUp.INSTANCE;
    }

    private void object(JsonToken t) throws SeenNames.GiveUp {
        if (t != JsonToken.START_OBJECT) {
            throw SeenNames.GiveUp.INSTANCE;
        }
        seen.open();
    }

    /**
     * Passes over the value at the parser as {@link JsonObjectLine} does: every token read, keys
     * checked for repeats, a fraction converted (where one with an absurd exponent is refused).
     */
    private void skip(JsonToken t) throws IOException, SeenNames.GiveUp {
        int depth = 0;
        while (t != null) {
            switch (t) {
                case FIELD_NAME -> name();
                case START_OBJECT -> {
                    depth++;
                    seen.open();
                }
                case START_ARRAY -> depth++;
                case END_OBJECT -> {
                    depth--;
                    seen.close();
                }
                case END_ARRAY -> depth--;
                case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                default -> {
                }
            }
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
        }
    }

    private String name() throws IOException, SeenNames.GiveUp {
        String name = p.currentName();
        seen.add(name);
        return name;
    }
}
