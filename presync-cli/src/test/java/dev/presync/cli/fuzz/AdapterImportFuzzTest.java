package dev.presync.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.cli.adapter.AdapterJson;
import dev.presync.compiler.adapter.RuleImporter;
import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Any UTF-8 text as an adapter export (CSV or JSON) for {@code presync import}: it is unreadable
 * at a line and column, or every record converts or is listed as a failure. What converts must
 * be valid presync syntax: the checker may refuse a rule the adapter accepted (an unknown status,
 * say), but a syntax error in the written text is the importer's bug, and when the text checks,
 * it holds one rule per converted record. Seeds: the import goldens. The dictionary holds the
 * language's keywords, which record names must survive.
 */
class AdapterImportFuzzTest {
    /** Diagnostics that mean the importer wrote text that is not presync. */
    private static final Set<String> WRITER_BUGS = Set.of("syntax", "bad-character", "bad-escape",
            "unterminated-string", "too-deep");

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"rule", "on", "when", "set", "not", "and", "or", "inactive", "status", "channels", "test",
        "given", "expect", "nothing", "from", "Name", "amazonconnect__Source__c", "Static Value", "Equal to",
        "Connect Agent New State", "Salesforce New Workload Pct", "Salesforce Agent State", "Connect Agent State"})
    void importExport(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return; // import refuses a file that is not UTF-8 before converting anything
        }
        RuleImporter.Result result;
        try {
            result = RuleImporter.isJsonArray(text) ? RuleImporter.convert("fuzz.json", AdapterJson.read(text))
                    : RuleImporter.convertCsv("fuzz.csv", text);
        } catch (RuleImporter.Unreadable e) {
            assertTrue(e.line >= 1 && e.column >= 1, () -> "position " + e.line + ":" + e.column);
            return;
        }
        assertTrue(result.failures().size() <= result.records(), "more failures than records");
        Compilation c = PresyncCompiler.compile("imported.rules", result.text());
        for (Diagnostic d : c.diagnostics()) {
            assertTrue(!WRITER_BUGS.contains(d.code()), () -> "the importer wrote invalid text:\n" + c.render()
                    + "\n--- text\n" + result.text());
        }
        if (!c.hasErrors()) {
            assertEquals(result.records() - result.failures().size(), c.ruleSet().rules().size(),
                    () -> "rules written\n" + result.text());
        }
    }
}
