package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 9: import names what is wrong with an export, instead of a consequence of it. */
class ImportMessagesTest {
    private static final String HEADER = "Name,Source,Operand A,Operand A Value,Comparator,Operand B,Operand B Value,Destination,Value,Active\n";
    private static final String ROW = "L,Connect Agent State Change,Connect Agent New State,,Equal to,Static Value,Lunch,Salesforce Agent State,Lunch,true\n";

    @TempDir
    Path dir;

    @Test
    void aValueThatIsAnArrayIsAWrongTypeNotEmpty() {
        String json = TempFiles.write(dir, "r.json", "[{\"Name\":\"L\",\"Source\":\"Connect Agent State Change\","
                + "\"Destination\":\"Salesforce Agent State\",\"Value\":[\"x\"],\"attributes\":{\"type\":\"AC_PresenceSyncRule\"}}]\n");
        CliRun run = CliRun.of("import", json);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(json + ":1: error: row 1 ('L') not imported: Value must be text, not an array"), run.err());
    }

    @Test
    void aJsonObjectInsteadOfAnArraySaysSo() {
        String json = TempFiles.write(dir, "r.json", "{\"Name\":\"L\",\"Source\":\"Connect Agent State Change\"}\n");
        CliRun run = CliRun.of("import", json);
        assertTrue(run.exit() != 0);
        assertTrue(run.err().contains("a JSON object; an export is a JSON array of rule records"), run.err());
        assertTrue(!run.err().contains("no Source column"), run.err());
    }

    @Test
    void aCsvRowWithAnExtraFieldIsReportedAndTheOthersStillConvert() {
        String csv = TempFiles.write(dir, "r.csv", HEADER + ROW + ROW.replace("L,", "M,").replace(",true\n", ",true,extra\n"));
        CliRun run = CliRun.of("import", csv);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(csv + ":3: error: row 2 ('M') not imported: it has 11 fields and the header 10"), run.err());
        assertTrue(run.out().contains("rule L"), run.out());
    }

    @Test
    void aControlCharacterInAValueFailsItsRowNotTheWrittenFile() {
        // Found by the AdapterImportFuzzTest campaign: a NUL in Value was written into the rule text,
        // which the checker then refused as a whole file.
        String csv = TempFiles.write(dir, "r.csv", HEADER + ROW + ROW.replace("L,", "M,").replace(",Lunch,true\n", ",Lu\u0000nch,true\n"));
        CliRun run = CliRun.of("import", csv);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(csv + ":3: error: row 2 ('M') not imported: Value holds the control character U+0000"), run.err());
        assertTrue(run.out().contains("rule L") && !run.out().contains("\u0000"), run.out());
    }
}
