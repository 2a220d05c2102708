package dev.presync.compiler.extremes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.runtime.RuleEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs at the edges: very deep, very long, very many, badly encoded, empty. Each must give a
 * clear result, never a StackOverflowError or a hang. The timeouts only guard against hangs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputExtremesTest {
    private static final String LUNCH = "ConnectNewState == 'Lunch'";

    private static Compilation compile(String text) {
        return PresyncCompiler.compile("x.rules", text);
    }

    private static List<String> codes(Compilation c) {
        return c.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static String position(Compilation c, int index) {
        Diagnostic d = c.diagnostics().get(index);
        return c.source().lines().line(d.span().offset()) + ":" + c.source().lines().column(d.span().offset());
    }

    @Test
    void fiveThousandNestedParenthesesGiveOneClearError() {
        String text = "on ConnectAgentStateChange when " + "(".repeat(5000) + LUNCH + ")".repeat(5000)
                + " set Salesforce 'Lunch'\n";
        Compilation c = compile(text);
        assertEquals(List.of("too-deep"), codes(c));
        assertTrue(c.render().contains("nested more than"), c.render());
    }

    @Test
    void fiveThousandNotsGiveOneClearError() {
        Compilation c = compile("on ConnectAgentStateChange when " + "not ".repeat(5000) + LUNCH + " set Salesforce 'Lunch'\n");
        assertEquals(List.of("too-deep"), codes(c));
    }

    @Test
    void fiveThousandUnclosedParenthesesGiveOneClearError() {
        Compilation c = compile("on ConnectAgentStateChange when " + "(".repeat(5000));
        assertEquals(List.of("too-deep"), codes(c));
    }

    @Test
    void deepNestingWithinTheLimitRuns() {
        String text = "on ConnectAgentStateChange when " + "(not ".repeat(100) + LUNCH + ")".repeat(100)
                + " set Salesforce 'Lunch'\n";
        Compilation c = compile(text);
        assertFalse(c.hasErrors(), c::render);
        // An even number of 'not's: the rule fires exactly when the state is Lunch.
        assertEquals(1, PresyncCompiler.interpret(c).evaluate(RuleEvent.connectAgentStateChange("Lunch", "x")).size());
        assertEquals(0, PresyncCompiler.interpret(c).evaluate(RuleEvent.connectAgentStateChange("Break", "x")).size());
    }

    @Test
    void aLongFlatConditionDoesNotRecurseDeeply() {
        StringBuilder cond = new StringBuilder(LUNCH);
        for (int i = 0; i < 20_000; i++) {
            cond.append(i % 2 == 0 ? " or " : " and ").append("ConnectOldState == 'S").append(i).append('\'');
        }
        Compilation c = compile("on ConnectAgentStateChange when " + cond + " set Salesforce 'Lunch'\n");
        assertFalse(c.hasErrors(), () -> c.render().substring(0, 500));
    }

    @Test
    void twentyThousandRulesCheckCleanly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("rule r").append(i).append(" on ConnectAgentStateChange when ConnectNewState == 'S").append(i)
                    .append("' and ConnectOldState != 'S").append(i).append("' set Salesforce 'T").append(i).append("'\n");
        }
        Compilation c = compile(text.toString());
        assertEquals(List.of(), c.diagnostics());
        assertEquals(20_000, c.ruleSet().rules().size());
        assertEquals("r19999", PresyncCompiler.interpret(c)
                .evaluate(RuleEvent.connectAgentStateChange("S19999", "x")).get(0).rule());
    }

    @Test
    void aOneMegabyteStringLiteral() {
        String big = "x".repeat(1 << 20);
        Compilation c = compile("on ConnectAgentStateChange when ConnectNewState == '" + big + "' set Salesforce 'Big'\n");
        assertFalse(c.hasErrors(), () -> c.render().substring(0, 300));
        assertEquals(1, PresyncCompiler.interpret(c).evaluate(RuleEvent.connectAgentStateChange(big, null)).size());
    }

    @Test
    void aOneMegabyteLineWithAnErrorRendersAsOneScreen() {
        String big = "x".repeat(1 << 20);
        Compilation c = compile("on ConnectAgentStateChange when ConnectNewState == '" + big + "' set Salesforse 'Big'\n");
        assertEquals(List.of("unknown-destination"), codes(c));
        assertTrue(c.render().length() < 2000, "rendered " + c.render().length() + " chars");
        assertEquals("1:" + ("on ConnectAgentStateChange when ConnectNewState == '".length() + (1 << 20) + 7), position(c, 0));
    }

    @Test
    void anUnterminatedOneMegabyteString() {
        Compilation c = compile("on ConnectAgentStateChange set Salesforce '" + "y".repeat(1 << 20));
        assertEquals(List.of("unterminated-string"), codes(c));
        assertTrue(c.render().length() < 2000);
    }

    @Test
    void invalidUtf8IsAnErrorAtItsLineAndColumn() {
        byte[] bytes = concat("# ok\non ConnectAgentStateChange when ConnectNewState == 'D".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, "jeuner' set Salesforce 'Lunch'\n".getBytes(StandardCharsets.UTF_8));
        Compilation c = PresyncCompiler.compileBytes("x.rules", bytes);
        assertEquals(List.of("bad-encoding"), codes(c));
        assertEquals("2:54", position(c, 0));
        assertTrue(c.render().startsWith("x.rules:2:54: error: invalid UTF-8: byte 0xE9"), c::render);
    }

    @Test
    void invalidUtf8AfterNonBmpCharactersCountsColumnsInCharacters() {
        byte[] bytes = concat("'\uD83C\uDF54\uD83C\uDF54".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        Compilation c = PresyncCompiler.compileBytes("x.rules", bytes);
        assertEquals("1:4", position(c, 0));
    }

    @Test
    void anOverlongEncodingIsInvalid() {
        Compilation c = PresyncCompiler.compileBytes("x.rules", new byte[] {'#', (byte) 0xC0, (byte) 0xAF});
        assertEquals(List.of("bad-encoding"), codes(c));
        assertEquals("1:2", position(c, 0));
    }

    @Test
    void nulBytesAreBadCharacters() {
        Compilation c = PresyncCompiler.compileBytes("x.rules",
                "on ConnectAgentStateChange\0 set Salesforce 'Lunch'\0\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("bad-character", "bad-character"), codes(c));
        assertEquals("1:27", position(c, 0));
        assertTrue(c.render().contains("U+0000"));
        assertFalse(c.render().contains("\0"), "a NUL reached the terminal");
    }

    @Test
    void crlfGivesTheSameLinesAndColumnsAsLf() {
        String lf = "# c\non ConnectAgentStateChange\n  when ConectNewState == 'Lunch'\n  set SalesForce 'Lunch'\n";
        Compilation withLf = compile(lf);
        Compilation withCrlf = compile(lf.replace("\n", "\r\n"));
        assertEquals(List.of("unknown-operand", "unknown-destination"), codes(withLf));
        assertEquals(withLf.render(), withCrlf.render());
        assertFalse(withCrlf.render().contains("\r"), "a CR reached the rendered source line");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "on ConnectAgentStateChange set SalesForce 'Lunch'\n".getBytes(StandardCharsets.UTF_8));
        Compilation c = PresyncCompiler.compileBytes("x.rules", bytes);
        assertEquals(List.of("unknown-destination"), codes(c));
        assertEquals("1:32", position(c, 0));
    }

    @Test
    void anEmptyFileIsCleanAndFiresNothing() {
        for (Compilation c : List.of(compile(""), PresyncCompiler.compileBytes("x.rules", new byte[0]))) {
            assertEquals(List.of(), c.diagnostics());
            assertEquals(List.of(), PresyncCompiler.interpret(c).evaluate(RuleEvent.salesforceAgentLogout()));
        }
    }

    @Test
    void aFileOfOnlyCommentsIsClean() {
        Compilation c = compile("# one\n#two\r\n   # three");
        assertEquals(List.of(), c.diagnostics());
        assertEquals(0, c.ruleSet().rules().size());
    }

    @Test
    void aFileOfOnlyWhitespaceIsClean() {
        assertEquals(List.of(), compile(" \t\n\r\n\f  ").diagnostics());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
