package dev.presync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.sync.ConnectStatus.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectStatusTest {
    private static String derive(Contact... contacts) {
        return ConnectStatus.derive("Available", List.of(contacts));
    }

    private static Contact voice(String method, String state) {
        return new Contact("VOICE", method, state);
    }

    @Test
    void withoutContactsTheChosenStatusShows() {
        assertEquals("Available", derive());
        assertEquals("Lunch", ConnectStatus.derive("Lunch", List.of()));
    }

    @Test
    void eachContactStateGivesTheStatusTheCcpShows() {
        assertEquals("Busy", derive(voice("INBOUND", "CONNECTED")));
        assertEquals("Busy", derive(voice("INBOUND", "CONNECTED_ONHOLD")));
        assertEquals("PendingBusy", derive(voice("INBOUND", "INCOMING")));
        assertEquals("PendingBusy", derive(voice("TRANSFER", "CONNECTING")));
        assertEquals("CallingCustomer", derive(voice("OUTBOUND", "CONNECTING")));
        assertEquals("Pending", derive(voice("CALLBACK", "INCOMING")));
        assertEquals("Pending", derive(voice("CALLBACK", "PENDING")));
        assertEquals("CallingCustomer", derive(voice("CALLBACK", "CONNECTING")));
        assertEquals("AfterCallWork", derive(voice("INBOUND", "ENDED")));
        assertEquals("Available", derive(voice("INBOUND", "MISSED")));
        assertEquals("Available", derive(voice("INBOUND", "ERROR")));
    }

    @Test
    void theMostEngagedContactDecides() {
        assertEquals("Busy", derive(voice("INBOUND", "ENDED"), new Contact("CHAT", "INBOUND", "CONNECTED")));
        assertEquals("PendingBusy", derive(voice("INBOUND", "ENDED"), new Contact("CHAT", "INBOUND", "INCOMING")));
    }

    @Test
    void missingFieldsAreTolerated() {
        assertEquals("Available", derive(new Contact(null, null, null)));
        assertEquals("PendingBusy", derive(new Contact(null, null, "INCOMING")));
    }
}
