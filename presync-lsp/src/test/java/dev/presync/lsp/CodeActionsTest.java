package dev.presync.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Quick fixes, from the checker's own diagnostics: each edit, applied, gives a file without that error. */
class CodeActionsTest {
    private static List<String> fixed(String text) {
        OpenDocument doc = new OpenDocument(TestClient.URI, 1, text);
        List<CodeAction> actions = CodeActions.fixes(doc, DiagnosticConverter.convert(doc));
        return actions.stream().map(a -> {
            TextEdit edit = a.getEdit().getChanges().get(TestClient.URI).get(0);
            int start = doc.positions().offset(edit.getRange().getStart());
            int end = doc.positions().offset(edit.getRange().getEnd());
            return a.getTitle() + " -> " + text.substring(0, start) + edit.getNewText() + text.substring(end);
        }).toList();
    }

    @Test
    void quotesABareStatusName() {
        assertEquals(List.of("Quote as 'Lunch' -> on ConnectAgentStateChange when ConnectNewState == 'Lunch' set Salesforce 'X'"),
                fixed("on ConnectAgentStateChange when ConnectNewState == Lunch set Salesforce 'X'"));
    }

    @Test
    void appliesADidYouMeanKeepingStringsQuoted() {
        assertEquals(List.of("Change to 'Lunch' -> status Salesforce 'Lunch' busy\non ConnectAgentStateChange set Salesforce 'Lunch'"),
                fixed("status Salesforce 'Lunch' busy\non ConnectAgentStateChange set Salesforce 'Lnch'"));
        assertEquals(List.of("Change to Connect -> on SalesforceAgentLogout set Connect 'X'"),
                fixed("on SalesforceAgentLogout set Conect 'X'"));
    }

    @Test
    void quotesARuleLabelThatIsNotAWord() {
        String text = "rule 'a b' on SalesforceAgentLogout set Connect 'X'\n"
                + "test 't' given SalesforceAgentLogout expect Connect 'X' from a_b\n";
        assertEquals(List.of("Change to 'a b' -> " + text.replace("from a_b", "from 'a b'")), fixed(text));
    }
}
