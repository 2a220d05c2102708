package dev.presync.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.ast.Comparator;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import org.junit.jupiter.api.Test;

/** Hover text comes from docs/language.md: every event, operand and comparator has its row there. */
class LanguageDocsTest {
    @Test
    void everyNameOfTheLanguageIsDocumented() {
        LanguageDocs docs = LanguageDocs.bundled();
        for (EventType e : EventType.values()) {
            assertNotNull(docs.of(e.spelling()), e.spelling());
        }
        for (Operand o : Operand.values()) {
            assertNotNull(docs.of(o.spelling()), o.spelling());
        }
        for (Comparator c : Comparator.values()) {
            assertNotNull(docs.of(c.symbol()), c.symbol());
        }
    }

    @Test
    void aRowBecomesItsCellsUnderTheirHeadings() {
        LanguageDocs docs = new LanguageDocs("""
                | Operand | Type | Meaning |
                |---|---|---|
                | `A` | number | the first |
                | plain | x | y |

                | `B` |
                """);
        assertEquals("`A` — operand\n\nType: number\n\nMeaning: the first", docs.of("A"));
        assertNull(docs.of("plain"));
        assertTrue(docs.of("B") == null);
    }
}
