package dev.presync.sync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.presync.sync.SourceEvent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Omni-Channel events as the toolkit names them, from whichever JSON library parsed them. */
class OmniChannelEventsTest {
    private static final String HEAD = "{\"time\":\"2026-11-24T09:20:01Z\",\"agent\":\"jdoe\",";

    private static SourceEvent event(Function<String, Map<String, Object>> parser, String rest) {
        return ((Reading.Event) OmniChannelEvents.read(parser.apply(HEAD + rest))).event();
    }

    private static Reading.Problem problem(String json) {
        return (Reading.Problem) OmniChannelEvents.read(Json.parse(json));
    }

    @Test
    void eachTypeBecomesItsSourceEvent() {
        assertEquals(new SourceEvent.OmniStatusChanged("jdoe", "Lunch", "OmniManualStatusChange"), event(Json::parse,
                "\"type\":\"omniChannelStatusChanged\",\"statusApiName\":\"Lunch\",\"reason\":\"OmniManualStatusChange\",\"statusId\":\"0N5\"}"));
        assertEquals(new SourceEvent.OmniLogout("jdoe"), event(Json::parse, "\"type\":\"omniChannelLogout\"}"));
        assertEquals(new SourceEvent.OmniWorkAccepted("jdoe", "casesChannel"),
                event(Json::parse, "\"type\":\"omniChannelWorkAccepted\",\"serviceChannel\":\"casesChannel\"}"));
    }

    @Test
    void workloadsAreWholeNumbersHoweverTheParserGivesThem() {
        String workload = "\"type\":\"omniChannelWorkloadChanged\",\"configuredCapacity\":%s,\"previousWorkload\":%s,\"newWorkload\":%s}";
        SourceEvent expected = new SourceEvent.OmniWorkloadChanged("jdoe", 4, 0L, 3);
        for (Function<String, Map<String, Object>> parser : List.<Function<String, Map<String, Object>>>of(Json::parse, Json::parseExact)) {
            assertEquals(expected, event(parser, String.format(workload, "4", "0", "3")));
            assertEquals(expected, event(parser, String.format(workload, "4.0", "0", "3e0")));
            assertEquals(new SourceEvent.OmniWorkloadChanged("jdoe", Long.MAX_VALUE, null, 3),
                    event(parser, String.format(workload, "9223372036854775807", "null", "3")));
        }
    }

    @Test
    void aNumberWithAHugeExponentIsNamedWithItsExponentNotWrittenOut() {
        // as presync's own reader gives it (a BigDecimal); written out, 1e-999999999 is a billion digits
        String workload = HEAD + "\"type\":\"omniChannelWorkloadChanged\",\"configuredCapacity\":4,\"newWorkload\":0}";
        String says = "\"newWorkload\" must be a whole number, not negative: the number ";
        assertEquals(says + "1E+999999999", withWorkload(workload, "1e999999999"));
        assertEquals(says + "1E-999999999", withWorkload(workload, "1e-999999999"));
        assertEquals(says + "0." + "0".repeat(99) + "1", withWorkload(workload, "1e-100"));
        assertEquals(says + "1" + "0".repeat(100), withWorkload(workload, "1e100"));
    }

    private static String withWorkload(String json, String number) {
        Map<String, Object> record = new LinkedHashMap<>(Json.parse(json));
        record.put("newWorkload", new BigDecimal(number));
        return ((Reading.Problem) OmniChannelEvents.read(record)).message();
    }

    @Test
    void aWorkloadThatIsNotAWholeNumberIsAProblemAtItsKey() {
        String workload = HEAD + "\"type\":\"omniChannelWorkloadChanged\",\"configuredCapacity\":4,\"newWorkload\":%s}";
        for (String bad : List.of("1.5", "-1", "9223372036854775808")) {
            Reading.Problem p = problem(String.format(workload, bad));
            assertEquals(List.of("newWorkload"), p.keyPath(), bad);
            assertEquals("\"newWorkload\" must be a whole number, not negative: the number " + bad, p.message());
        }
    }

    @Test
    void aWorkloadOfAnotherTypeIsNamedAsThatType() {
        String workload = HEAD + "\"type\":\"omniChannelWorkloadChanged\",\"configuredCapacity\":%s,\"newWorkload\":1}";
        assertEquals(new Reading.Problem(List.of("configuredCapacity"), "\"configuredCapacity\" must be a number, not the string \"5\""),
                problem(String.format(workload, "\"5\"")));
        assertEquals(new Reading.Problem(List.of("configuredCapacity"), "\"configuredCapacity\" must be a number, not true"),
                problem(String.format(workload, "true")));
        assertEquals(new Reading.Problem(List.of("configuredCapacity"), "\"configuredCapacity\" must be a number, not an array"),
                problem(String.format(workload, "[5]")));
    }

    @Test
    void missingOrMistypedKeysAreProblemsAtThoseKeys() {
        assertEquals(new Reading.Problem(List.of("time"), "missing \"time\""), problem("{\"agent\":\"jdoe\"}"));
        assertEquals(new Reading.Problem(List.of("agent"), "\"agent\" must be a string, not the number 7"),
                problem("{\"time\":\"2026-11-24T09:00:00Z\",\"agent\":7}"));
        assertEquals(List.of("type"), problem(HEAD + "\"type\":\"omniChannelStatusChange\"}").keyPath());
        assertEquals(new Reading.Problem(List.of("statusApiName"), "missing \"statusApiName\""),
                problem(HEAD + "\"type\":\"omniChannelStatusChanged\"}"));
        assertEquals(new Reading.Problem(List.of("statusApiName"), "\"statusApiName\" is empty"),
                problem(HEAD + "\"type\":\"omniChannelStatusChanged\",\"statusApiName\":\"\"}"));
        assertEquals(List.of("time"), problem("{\"time\":\"9am\",\"agent\":\"jdoe\",\"type\":\"omniChannelLogout\"}").keyPath());
    }
}
