package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonToken;
import dev.presync.sync.ConnectStatus;
import dev.presync.sync.source.AgentEventFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast reading of an Agent Event Stream record that is fine: from the byte parser's tokens
 * straight into the {@link AgentEventFields} the reader takes, with no map, no field records and
 * no text but the values read. Every other token is still read (so the syntax, the nesting and a
 * fraction's exponent are checked as {@link JsonObjectLine} checks them) and every key still
 * checked for a repeat ({@link DirectTokens}). At the first doubt (a bad token, a repeated key, a
 * value of another kind than the reader takes, text after the object) it answers null, and the
 * caller reads the line the careful way ({@link JsonObjectLine} and the map reader), which alone
 * words messages; so this class never makes one.
 */
public final class DirectAgentRecord {
    private final DirectTokens in;

    private DirectAgentRecord(DirectTokens in) {
        this.in = in;
    }

    /** The values of the plain line ({@link AsciiLines#isPlain}) at {@code offset}, or null when it is not plainly fine. */
    public static AgentEventFields read(byte[] bytes, int offset, int length) {
        try (DirectTokens in = DirectTokens.of(bytes, offset, length)) {
            return in == null ? null : new DirectAgentRecord(in).record();
        } catch (Exception e) { // any doubt at all: the careful reading decides
            return null;
        }
    }

    private AgentEventFields record() throws IOException, SeenNames.GiveUp {
        in.object(in.next());
        String type = null;
        String timestamp = null;
        AgentEventFields.Snapshot current = null;
        AgentEventFields.Snapshot previous = null;
        while (in.next() == JsonToken.FIELD_NAME) {
            String name = in.name();
            JsonToken t = in.next();
            switch (name) {
                case "EventType" -> type = in.text(t);
                case "EventTimestamp" -> timestamp = in.text(t);
                case "CurrentAgentSnapshot" -> current = snapshot(t);
                case "PreviousAgentSnapshot" -> previous = snapshot(t);
                default -> in.skip(t);
            }
        }
        in.end();
        return new AgentEventFields(type, timestamp, current, previous);
    }

    private AgentEventFields.Snapshot snapshot(JsonToken t) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        in.object(t);
        String status = null;
        String username = null;
        List<ConnectStatus.Contact> contacts = null;
        while (in.next() == JsonToken.FIELD_NAME) {
            String name = in.name();
            JsonToken v = in.next();
            switch (name) {
                case "AgentStatus" -> status = textIn(v, "Name");
                case "Configuration" -> username = textIn(v, "Username");
                case "Contacts" -> contacts = contacts(v);
                default -> in.skip(v);
            }
        }
        in.endObject();
        return new AgentEventFields.Snapshot(status, username, contacts);
    }

    /** The text at {@code key} in the object (or null) at the parser; null when missing or null. */
    private String textIn(JsonToken t, String key) throws IOException, SeenNames.GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        in.object(t);
        String text = null;
        while (in.next() == JsonToken.FIELD_NAME) {
            String name = in.name();
            JsonToken v = in.next();
            if (name.equals(key)) {
                text = in.text(v);
            } else {
                in.skip(v);
            }
        }
        in.endObject();
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
        for (JsonToken e = in.next(); e != JsonToken.END_ARRAY; e = in.next()) {
            in.object(e);
            String channel = null;
            String method = null;
            String state = null;
            while (in.next() == JsonToken.FIELD_NAME) {
                String name = in.name();
                JsonToken v = in.next();
                switch (name) {
                    case "Channel" -> channel = in.text(v);
                    case "InitiationMethod" -> method = in.text(v);
                    case "State" -> state = in.text(v);
                    default -> in.skip(v);
                }
            }
            in.endObject();
            contacts.add(new ConnectStatus.Contact(channel, method, state));
        }
        return contacts;
    }
}
