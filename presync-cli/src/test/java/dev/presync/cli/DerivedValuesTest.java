package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 9: a Pct value given in an event is refused alike by {@code run} and {@code test}, saying what it is derived from. */
class DerivedValuesTest {
    private static final String MESSAGE = "SalesforceNewWorkloadPct is derived from SalesforceNewWorkload and "
            + "SalesforceConfiguredCapacity; give those instead";

    @TempDir
    Path dir;

    @Test
    void runAndTestRefuseAPctValueWithTheSameMessage() {
        String rules = TempFiles.write(dir, "r.rules", """
                status Connect 'Full'
                rule F on SalesforceWorkloadChanged when SalesforceNewWorkloadPct >= 50 set Connect 'Full'
                test 'half' given SalesforceWorkloadChanged(SalesforceNewWorkload: 1, SalesforceConfiguredCapacity: 2, SalesforceNewWorkloadPct: 50) expect Connect 'Full'
                """);
        CliRun test = CliRun.of("test", rules);
        assertEquals(1, test.exit());
        assertTrue(test.err().contains(": error: " + MESSAGE), test.err());

        String runRules = TempFiles.write(dir, "run.rules", "rule F on SalesforceWorkloadChanged when SalesforceNewWorkloadPct >= 50 set Salesforce 'Full'\n");
        CliRun run = CliRun.withStdin("{\"event\":\"SalesforceWorkloadChanged\",\"SalesforceNewWorkload\":1,"
                + "\"SalesforceConfiguredCapacity\":2,\"SalesforceNewWorkloadPct\":50}\n", "run", runRules, "--events", "-");
        assertEquals(1, run.exit());
        assertEquals("{\"line\":1,\"error\":\"" + MESSAGE + "\"}\n", run.out());
        assertTrue(run.err().contains("<stdin>:1:97: error: " + MESSAGE), run.err());
    }
}
