package dev.presync.cli.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.sync.SourceEvent;
import dev.presync.sync.replay.ReplayItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agent Event Stream records as Kinesis delivers them, read line by line into the status the CCP
 * shows; a problem is placed at its top-level key's column.
 */
class SourceLinesTest {
    private static final Path DAY = Path.of("src/test/resources/golden/replay/day.connect.jsonl");

    private static ReplayItem line(int n) throws IOException {
        List<String> lines = Files.readAllLines(DAY);
        return SourceLines.connect("day", n, lines.get(n - 1));
    }

    private static SourceEvent.ConnectStatusChanged change(int n) throws IOException {
        return (SourceEvent.ConnectStatusChanged) ((ReplayItem.Timed) line(n)).event();
    }

    @Test
    void realisticRecordsGiveTheStatusTheCcpShows() throws IOException {
        assertEquals(new SourceEvent.ConnectStatusChanged("jdoe", "Offline", "Available"), change(2));
        assertEquals("PendingBusy", change(3).newStatus());
        assertEquals("Busy", change(4).newStatus());
        assertEquals("AfterCallWork", change(5).newStatus());
        assertEquals("Available", change(6).newStatus());
        assertEquals("CallingCustomer", change(7).newStatus());
        assertEquals("Pending", change(12).newStatus());
        assertEquals("CallingCustomer", change(13).newStatus());
    }

    @Test
    void bothSpellingsOfTheNextStatusTimestampAreRead() throws IOException {
        assertTrue(Files.readAllLines(DAY).get(16).contains("\"EnqueueTimestamp\""));
        assertTrue(Files.readAllLines(DAY).get(17).contains("\"EnqueuedTimestamp\""));
        assertEquals("Busy", change(17).newStatus(), "a next status waits until the call ends");
        assertEquals("AfterCallWork", change(18).newStatus());
        assertEquals("Lunch", change(19).newStatus());
    }

    @Test
    void heartbeatsAndLoginsWithoutASnapshotAreIgnoredAndBrokenLinesReported() throws IOException {
        assertInstanceOf(ReplayItem.Ignored.class, line(1));
        assertInstanceOf(ReplayItem.Ignored.class, line(9));
        ReplayItem.Bad bad = (ReplayItem.Bad) line(11);
        assertTrue(bad.message().startsWith("not valid JSON"), bad.message());
        ReplayItem.Bad unknown = (ReplayItem.Bad) SourceLines.connect("f", 1, "{\"EventType\":\"STATE_CHANGED\"}");
        assertEquals(2, unknown.column());
        ReplayItem.Bad noAgent = (ReplayItem.Bad) SourceLines.connect("f", 1,
                "{\"EventType\":\"STATE_CHANGE\",\"EventTimestamp\":\"2026-11-24T09:00:00Z\",\"CurrentAgentSnapshot\":{}}");
        assertTrue(noAgent.message().contains("Username"), noAgent.message());
    }

    @Test
    void aLoginWithASnapshotIsReadLikeAStateChange() {
        String record = "{\"EventType\":\"LOGIN\",\"EventTimestamp\":\"2026-11-24T09:00:00.000+01:00\",\"CurrentAgentSnapshot\":"
                + "{\"AgentStatus\":{\"Name\":\"Available\"},\"Configuration\":{\"Username\":\"jdoe\"},\"Contacts\":[]}}";
        ReplayItem.Timed t = (ReplayItem.Timed) SourceLines.connect("f", 1, record);
        assertEquals("2026-11-24T08:00:00Z", t.time().toString());
        assertEquals(new SourceEvent.ConnectStatusChanged("jdoe", null, "Available"), t.event());
    }
}
