package dev.presync.cli.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the shape {@link EventLineScanner} reads by itself: what it takes reads as the
 * careful reading does, and what it leaves is left whole to {@link DirectEventLine}.
 */
class EventLineScannerTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"event\":\"ConnectAgentStateChange\",\"agent\":\"a-1\",\"ConnectNewState\":\"Lunch\",\"ConnectOldState\":\"Available\"}",
        " {\t\"event\" : \"ConnectAgentStateChange\" ,\r\"ConnectNewState\":\"Lunch\" } \t",
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforcePreviousWorkload\":0,\"SalesforceNewWorkload\":123456789012345678,"
            + "\"SalesforceConfiguredCapacity\":null}",
        "{\"event\":\"SalesforceAgentLogout\",\"agent\":null}",
        "{\"event\":\"SalesforceWorkAccepted\",\"SalesforceServiceChannel\":\"\u007f odd but JSON\"}",
        "{\"event\":\"SalesforceAgentStateChange\",\"SalesforceNewState\":\"\"}",
    })
    void readsTheUsualShapeAsTheCarefulReadingDoes(String line) {
        ParsedLine.Event got = scan(line);
        assertNotNull(got, line);
        assertEquals(shown(EventLineParser.carefully(line)), shown(got));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"agent\":\"a\",\"event\":\"ConnectAgentStateChange\"}", // "event" not first
        "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"L\\u0075nch\"}", // an escape
        "{\"event\":\"ConnectAgentStateChange\",\"agent\":\"a\\\"b\"}",
        "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"a\tb\"}", // a raw tab in a string
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkload\":01}", // a leading zero
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkload\":-0}",
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkload\":5.0}", // a fraction
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkload\":5e0}",
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkload\":1234567890123456789}", // 19 digits
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkload\":\"5\"}", // a string for a number
        "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":5}", // a number for a string
        "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":\"a\",\"ConnectNewState\":\"a\"}", // twice
        "{\"event\":\"ConnectAgentStateChange\",\"agent\":\"a\",\"agent\":\"a\"}",
        "{\"event\":\"ConnectAgentStateChange\",\"agent\":true}",
        "{\"event\":\"ConnectAgentStateChange\",\"SalesforceNewState\":\"a\"}", // not carried
        "{\"event\":\"SalesforceAgentLogout\",\"SalesforceNewState\":\"Offline\"}", // derived for a logout
        "{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkloadPct\":null}", // derived
        "{\"event\":\"ConnectAgentStateChange\",\"event\":\"ConnectAgentStateChange\"}",
        "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":nul}",
        "{\"event\":\"ConnectAgentStateChange\",\"ConnectNewState\":nullx}",
        "{\"event\":\"ConnectAgentStateChange\",}", // a trailing comma
        "{\"event\":\"ConnectAgentStateChange\"} {}", // something after the object
        "{\"event\":\"ConnectAgentStateChange\"",
        "{\"event\":\"Nope\"}",
        "{\"event\":null}",
    })
    void leavesEveryOtherLineToTheReadingsAfterIt(String line) {
        assertNull(scan(line), line);
    }

    @Test
    void readsALineWhereItLiesAmidOtherBytes() {
        String line = "{\"event\":\"SalesforceAgentStateChange\",\"SalesforceNewState\":\"Busy\"}";
        byte[] bytes = ("5}\"" + line + "\"{,").getBytes(StandardCharsets.US_ASCII);
        assertEquals(shown(EventLineParser.carefully(line)), shown(EventLineScanner.read(bytes, 3, line.length())));
    }

    /** An event with no equals of its own, shown whole: its type, every operand, and the agent. */
    private static String shown(ParsedLine parsed) {
        return parsed instanceof ParsedLine.Event e ? "event " + e.event() + " agent " + e.agent() : parsed.toString();
    }

    private static ParsedLine.Event scan(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        return EventLineScanner.read(bytes, 0, bytes.length);
    }
}
