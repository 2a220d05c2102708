package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 9 item 10: {@code check -} reads stdin, and {@code presync help [COMMAND]} prints help. */
class SmallCliGapsTest {
    @Test
    void checkDashReadsTheRulesFromStdin() {
        CliRun bad = CliRun.withStdin("on ConnectAgentStateChange when ConectNewState == 'x' set Salesforce 'y'\n", "check", "-");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("<stdin>:1:33: error: unknown operand 'ConectNewState'"), bad.err());

        CliRun good = CliRun.withStdin("on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'Lunch'\n", "check", "-");
        assertEquals(0, good.exit(), good.err());
        assertEquals("", good.err());
    }

    @Test
    void helpPrintsTheTopLevelUsageAndEachCommandsUsage() {
        CliRun top = CliRun.of("help");
        assertEquals(0, top.exit(), top.err());
        assertTrue(top.out().contains("Usage: presync"), top.out());
        assertTrue(top.out().contains("check"), top.out());
        for (String command : new String[] {"check", "run", "test", "compile", "replay", "import", "export"}) {
            CliRun help = CliRun.of("help", command);
            assertEquals(0, help.exit(), help.err());
            assertEquals(CliRun.of(command, "--help").out(), help.out(), command);
        }
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        CliRun help = CliRun.of("help", "chek");
        assertTrue(help.exit() != 0, help.out());
        assertTrue(help.err().contains("chek"), help.err());
    }
}
