package dev.presync.compiler.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The canonical layout, pinned on small examples; the properties live in FormatPropertiesTest. */
class FormatterTest {
    private static String fmt(String text) {
        Formatted f = Formatter.format("t.rules", text);
        assertFalse(f.refused(), f::render);
        return f.text();
    }

    @Test
    void ruleOnOneLineBecomesClauses() {
        assertEquals("""
                rule A
                  on ConnectAgentStateChange
                  when ConnectNewState == 'Lunch' and not (ConnectOldState != 'x')
                  set Salesforce 'Lunch'
                """, fmt("rule   A on ConnectAgentStateChange when ConnectNewState=='Lunch' and not(ConnectOldState!='x') set Salesforce 'Lunch'"));
    }

    @Test
    void unnamedAndInactiveRulesKeepTheirFirstLine() {
        assertEquals("""
                inactive on SalesforceAgentLogout
                  set Connect 'Offline'

                inactive rule B
                  on SalesforceAgentLogout
                  set Connect 'Offline'
                """, fmt("inactive on SalesforceAgentLogout set Connect 'Offline'\n\n\n\ninactive rule B on SalesforceAgentLogout set Connect 'Offline'"));
    }

    @Test
    void catalogComesFirstWithItsCommentsAndKeepsItsGroups() {
        assertEquals("""
                # The file's header.

                status Connect 'Lunch'
                status Connect 'Break'

                # the Salesforce side
                status Salesforce 'Lunch' busy # kept
                status Salesforce 'Available' online channels 'a', 'b'

                # about A
                rule A
                  on ConnectAgentStateChange
                  set Salesforce 'Lunch'
                """, fmt("""
                # The file's header.

                status Connect 'Lunch'
                status Connect    'Break'
                # about A
                rule A on ConnectAgentStateChange set Salesforce 'Lunch'

                # the Salesforce side
                status Salesforce 'Lunch' busy # kept
                status Salesforce 'Available' online channels 'a' ,'b'
                """));
    }

    @Test
    void longConditionsBreakBeforeTheirOutermostOr() {
        String rule = "on ConnectAgentStateChange when ConnectNewState == 'Lunch' and ConnectOldState == 'Available'"
                + " or ConnectNewState == 'Break' or (ConnectNewState == 'Training' or ConnectNewState == 'x') set Connect 'x'";
        assertEquals("""
                on ConnectAgentStateChange
                  when ConnectNewState == 'Lunch' and ConnectOldState == 'Available'
                    or ConnectNewState == 'Break'
                    or (ConnectNewState == 'Training' or ConnectNewState == 'x')
                  set Connect 'x'
                """, fmt(rule));
    }

    @Test
    void commentsInsideADeclarationStayWithTheirToken() {
        String text = """
                rule A on ConnectAgentStateChange when # why
                   # the first
                   ConnectNewState == 'a' or # second
                   ConnectNewState == 'b'
                   set Salesforce 'Lunch' # done
                # end of file
                """;
        String expected = """
                rule A
                  on ConnectAgentStateChange
                  when # why
                    # the first
                    ConnectNewState == 'a' or # second
                    ConnectNewState == 'b'
                  set Salesforce 'Lunch' # done
                # end of file
                """;
        assertEquals(expected, fmt(text));
        assertEquals(expected, fmt(expected));
    }

    @Test
    void testsLineUpGivenAndExpect() {
        assertEquals("""
                rule A
                  on SalesforceAgentLogout
                  set Connect 'Offline'

                test 'logout'
                  given SalesforceWorkloadChanged(SalesforceNewWorkload: 1, SalesforceConfiguredCapacity: 0)
                  expect Connect 'Offline' from A, Salesforce 'x'
                """, fmt("rule A on SalesforceAgentLogout set Connect 'Offline'\ntest 'logout' given SalesforceWorkloadChanged ("
                + " SalesforceNewWorkload : 1 , SalesforceConfiguredCapacity:0 ) expect Connect 'Offline' from A ,Salesforce 'x'"));
    }

    @Test
    void crlfAndByteOrderMarkAreKept() {
        byte[] in = "\uFEFFon SalesforceAgentLogout\r\nset Connect 'Offline'\r\n".getBytes(StandardCharsets.UTF_8);
        Formatted f = Formatter.formatBytes("t.rules", in);
        assertArrayEquals("\uFEFFon SalesforceAgentLogout\r\n  set Connect 'Offline'\r\n".getBytes(StandardCharsets.UTF_8),
                f.bytes());
        assertTrue(f.changed());
        assertFalse(Formatter.formatBytes("t.rules", f.bytes()).changed());
    }

    @Test
    void syntaxErrorsAreRefusedWithDiagnostics() {
        Formatted f = Formatter.format("t.rules", "on ConnectAgentStateChange when ConnectNewState = 'a' set Connect 'x'\n");
        assertTrue(f.refused());
        assertFalse(f.changed());
        assertTrue(f.render().startsWith("t.rules:1:49: error: write == instead of ="), f.render());
    }

    @Test
    void checkerErrorsDoNotStopFormatting() {
        assertEquals("on Nope\n  set Nowhere 'x'\n", fmt("on Nope set Nowhere 'x'"));
    }

    /** The example of docs/language.md's "Layout" section is in the layout it describes, and checks clean. */
    @Test
    void theDocumentedExampleIsCanonical() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/language.md"));
        int section = doc.indexOf("\n## Layout\n");
        assertTrue(section >= 0, "docs/language.md has no Layout section");
        int start = doc.indexOf("```\n", section) + 4;
        String example = doc.substring(start, doc.indexOf("```\n", start));
        assertEquals(example, fmt(example));
        var compilation = dev.presync.compiler.PresyncCompiler.compile("example.rules", example);
        assertFalse(compilation.hasErrors(), compilation::render);
    }

    @Test
    void emptyAndCommentOnlyFiles() {
        assertEquals("", fmt(""));
        assertEquals("", fmt("\n\n  \n"));
        assertEquals("# a\n\n# b\n", fmt("  # a  \n\n\n# b"));
    }
}
