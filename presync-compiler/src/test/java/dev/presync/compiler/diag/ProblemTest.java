package dev.presync.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A problem in any input renders as precisely as it is placed, in the one layout. */
class ProblemTest {
    @Test
    void aProblemRendersAtTheFileTheLineOrTheColumn() {
        assertEquals("big.rules: error: too large\n", Problem.inFile("big.rules", "too large").render());
        assertEquals("in.csv:3: error: row 2 not imported: no Value\n", Problem.atLine("in.csv", 3, "row 2 not imported: no Value").render());
        assertEquals("e.jsonl:1:2: error: unknown event 'X'\n  {\"event\":\"X\"}\n   ^\n",
                Problem.at("e.jsonl", 1, 2, "{\"event\":\"X\"}", "unknown event 'X'").render());
        assertEquals("f: warning: w\n  hint: h\n", new Problem("f", 0, 0, null, Severity.WARNING, "w", "h").render());
    }

    @Test
    void aColumnWithoutALineIsNoPlace() {
        assertThrows(IllegalArgumentException.class, () -> new Problem("f", 0, 3, null, Severity.ERROR, "m", null));
    }
}
