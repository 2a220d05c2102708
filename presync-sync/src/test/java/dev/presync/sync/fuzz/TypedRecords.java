package dev.presync.sync.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.presync.sync.ConnectStatus;
import dev.presync.sync.source.AgentEventFields;
import dev.presync.sync.source.OmniChannelFields;
import dev.presync.sync.source.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed record as the readers' typed entry points take it, when its values are of the kinds
 * those hold (null otherwise: such a record is for the map reader alone), and the promise that both
 * entry points read it alike: the same event or reason to ignore, or a problem with the same message
 * at the same top-level key.
 */
final class TypedRecords {
    /** A value of another kind than the typed record holds. */
    private static final class Unheld extends Exception {
        private static final long serialVersionUID = 1L;

        Unheld() {
            super(null, null, false, false);
        }
    }

    private TypedRecords() {
    }

    static void assertSame(Reading fromMap, Reading typed) {
        if (fromMap instanceof Reading.Problem p) {
            Reading.Problem q = assertInstanceOf(Reading.Problem.class, typed);
            assertEquals(p.message(), q.message());
            assertEquals(p.keyPath().stream().limit(1).toList(), q.keyPath().stream().limit(1).toList());
        } else {
            assertEquals(fromMap, typed);
        }
    }

    static AgentEventFields agentEvent(Map<String, ?> record) {
        try {
            return new AgentEventFields(text(record.get("EventType")), text(record.get("EventTimestamp")),
                    snapshot(record.get("CurrentAgentSnapshot")), snapshot(record.get("PreviousAgentSnapshot")));
        } catch (Unheld e) {
            return null;
        }
    }

    static OmniChannelFields omniEvent(Map<String, ?> event) {
        try {
            return new OmniChannelFields(text(event.get("time")), text(event.get("agent")), text(event.get("type")),
                    text(event.get("statusApiName")), text(event.get("reason")), text(event.get("serviceChannel")),
                    whole(event.get("configuredCapacity")), whole(event.get("previousWorkload")),
                    whole(event.get("newWorkload")));
        } catch (Unheld e) {
            return null;
        }
    }

    private static AgentEventFields.Snapshot snapshot(Object value) throws Unheld {
        if (value == null) {
            return null;
        }
        Map<?, ?> snapshot = object(value);
        List<ConnectStatus.Contact> contacts = null;
        if (snapshot.get("Contacts") != null) {
            if (!(snapshot.get("Contacts") instanceof List<?> list)) {
                throw new Unheld();
            }
            contacts = new ArrayList<>();
            for (Object c : list) {
                Map<?, ?> contact = object(c);
                if (contact == null) {
                    throw new Unheld();
                }
                contacts.add(new ConnectStatus.Contact(text(contact.get("Channel")),
                        text(contact.get("InitiationMethod")), text(contact.get("State"))));
            }
        }
        return new AgentEventFields.Snapshot(textIn(snapshot.get("AgentStatus"), "Name"),
                textIn(snapshot.get("Configuration"), "Username"), contacts);
    }

    private static String textIn(Object value, String key) throws Unheld {
        Map<?, ?> object = object(value);
        return object == null ? null : text(object.get(key));
    }

    private static Map<?, ?> object(Object value) throws Unheld {
        if (value == null || value instanceof Map<?, ?>) {
            return (Map<?, ?>) value;
        }
        throw new Unheld();
    }

    private static String text(Object value) throws Unheld {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new Unheld();
    }

    private static Long whole(Object value) throws Unheld {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw new Unheld();
    }
}
