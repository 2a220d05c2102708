package dev.presync.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * One editing session driven through JSON-RPC, as an editor drives it: initialize, open, change,
 * diagnostics, completion, hover, definition, symbols, formatting, quick fixes, shutdown.
 */
class LanguageServerSessionTest {
    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(TestClient.URI);

    private static final String TEXT = """
            status Salesforce 'Lunch' busy
            status Salesforce 'Available' online channels 'phone'
            status Connect 'Lunch'

            rule LunchToSalesforce
              on ConnectAgentStateChange
              when ConnectNewState == '🍔' or ConectOldState == 'Lunch'
              set Salesforce 'Lunch'

            test 'lunch'
              given ConnectAgentStateChange(ConnectNewState: 'Lunch')
              expect Salesforce 'Lunch' from LunchToSalesforce
            """;

    @Test
    void aWholeSession() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize();
            client.open(TEXT);
            PublishDiagnosticsParams opened = client.nextDiagnostics();
            assertEquals(TestClient.URI, opened.getUri());
            Diagnostic unknown = only(opened.getDiagnostics(), "unknown-operand");
            // The line holds a character outside the BMP: two UTF-16 units, so the range starts at 34, not 33.
            assertEquals(new Range(new Position(6, 34), new Position(6, 48)), unknown.getRange());
            assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
            assertTrue(unknown.getMessage().startsWith("unknown operand 'ConectOldState'; did you mean 'ConnectOldState'?"));

            quickFixReplacesTheMisspelling(client, unknown);

            String fixed = TEXT.replace("ConectOldState", "ConnectOldState");
            client.change(2, fixed);
            PublishDiagnosticsParams changed = client.nextDiagnostics();
            assertEquals(2, changed.getVersion());
            assertTrue(changed.getDiagnostics().stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
                    changed.getDiagnostics()::toString);

            completes(client, fixed);
            hovers(client);
            definitions(client);
            symbols(client);
            formats(client);
            assertEquals(0, client.shutdown());
            assertTrue(client.logs.isEmpty(), client.logs::toString);
        }
    }

    private static void quickFixReplacesTheMisspelling(TestClient client, Diagnostic unknown) throws Exception {
        List<CodeAction> actions = client.server.getTextDocumentService().codeAction(new CodeActionParams(DOC,
                unknown.getRange(), new CodeActionContext(List.of(unknown)))).get(30, TimeUnit.SECONDS)
                .stream().map(e -> e.getRight()).toList();
        assertEquals(1, actions.size());
        TextEdit edit = actions.get(0).getEdit().getChanges().get(TestClient.URI).get(0);
        assertEquals(unknown.getRange(), edit.getRange());
        assertEquals("ConnectOldState", edit.getNewText());
    }

    private static void completes(TestClient client, String text) throws Exception {
        // After "on ": the events.
        assertTrue(labels(client, at(text, "on Connect", 3)).contains("SalesforceWorkloadChanged"));
        // After "when ": operands the event carries, and no others.
        List<String> operands = labels(client, at(text, "when ", 5));
        assertTrue(operands.containsAll(List.of("ConnectNewState", "ConnectOldState", "not")), operands::toString);
        assertTrue(!operands.contains("SalesforceNewWorkload"), operands::toString);
        // After a state operand and a comparator: the Connect catalog's names, quoted.
        List<String> afterComparator = labels(client, at(text, "ConnectOldState == ", 19));
        assertTrue(afterComparator.contains("Lunch"), afterComparator::toString);
        // After "set ": the destinations.
        assertEquals(List.of("Salesforce", "Connect"), labels(client, at(text, "set Salesforce", 4)));
        // Inside the quotes after "set Salesforce": Salesforce statuses only.
        assertEquals(List.of("Lunch", "Available"), labels(client, at(text, "set Salesforce 'Lunch'", 16)));
        // After an operand: the comparators.
        assertTrue(labels(client, at(text, "ConnectNewState ==", 16)).containsAll(List.of("==", "!=", "<=")));
    }

    private static void hovers(TestClient client) throws Exception {
        String event = hover(client, at(TEXT, "ConnectAgentStateChange", 3));
        assertTrue(event.contains("Connect Agent State Change"), event);
        String comparator = hover(client, at(TEXT, "== '", 0));
        assertTrue(comparator.contains("Equal to"), comparator);
        String rule = hover(client, at(TEXT, "from LunchToSalesforce", 8));
        assertTrue(rule.startsWith("rule `LunchToSalesforce`"), rule);
        assertTrue(rule.contains("fires on `ConnectAgentStateChange`"), rule);
    }

    private static void definitions(TestClient client) throws Exception {
        List<? extends Location> rule = client.server.getTextDocumentService()
                .definition(new DefinitionParams(DOC, at(TEXT, "from LunchToSalesforce", 10))).get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(List.of(new Location(TestClient.URI, new Range(new Position(4, 5), new Position(4, 22)))), rule);
        List<? extends Location> status = client.server.getTextDocumentService()
                .definition(new DefinitionParams(DOC, at(TEXT, "set Salesforce 'Lunch'", 17))).get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(List.of(new Location(TestClient.URI, new Range(new Position(0, 0), new Position(0, 30)))), status);
    }

    private static void symbols(TestClient client) throws Exception {
        List<String> names = client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(DOC))
                .get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight().getName()).toList();
        assertEquals(List.of("Salesforce Lunch", "Salesforce Available", "Connect Lunch", "LunchToSalesforce", "lunch"), names);
    }

    private static void formats(TestClient client) throws Exception {
        String messy = "on SalesforceAgentLogout   set Connect 'Offline'";
        client.change(3, messy);
        client.nextDiagnostics();
        List<? extends TextEdit> edits = client.server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(DOC, new FormattingOptions(2, true))).get(30, TimeUnit.SECONDS);
        assertEquals(1, edits.size());
        assertEquals("on SalesforceAgentLogout\n  set Connect 'Offline'\n", edits.get(0).getNewText());
        assertEquals(new Range(new Position(0, 0), new Position(0, messy.length())), edits.get(0).getRange());
    }

    private static List<String> labels(TestClient client, Position p) throws Exception {
        return client.server.getTextDocumentService().completion(new CompletionParams(DOC, p)).get(30, TimeUnit.SECONDS)
                .getLeft().stream().map(CompletionItem::getLabel).toList();
    }

    private static String hover(TestClient client, Position p) throws Exception {
        Hover h = client.server.getTextDocumentService().hover(new HoverParams(DOC, p)).get(30, TimeUnit.SECONDS);
        assertNotNull(h, () -> "no hover at " + p);
        return h.getContents().getRight().getValue();
    }

    private static Diagnostic only(List<Diagnostic> diagnostics, String code) {
        List<Diagnostic> found = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).toList();
        assertEquals(1, found.size(), diagnostics::toString);
        return found.get(0);
    }

    /** The position {@code plus} UTF-16 units after the first occurrence of {@code marker}. */
    static Position at(String text, String marker, int plus) {
        int offset = text.indexOf(marker);
        assertTrue(offset >= 0, marker);
        offset += plus;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}
