package dev.presync.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Lint's findings reach the editor too: after the checker's, with their related places. */
class LintDiagnosticsTest {
    private static final String CONFLICT = """
            rule Meeting on ConnectAgentStateChange when ConnectNewState == 'Meeting' set Salesforce 'Meeting'
            rule Busy on ConnectAgentStateChange when ConnectNewState == 'Meeting' and ConnectOldState != 'Training' set Salesforce 'Busy'
            """;

    @Test
    void aConflictIsPublishedAfterTheCheckersDiagnostics() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize();
            client.open(CONFLICT);
            PublishDiagnosticsParams checked = client.nextDiagnostics();
            assertTrue(checked.getDiagnostics().stream().noneMatch(d -> DiagnosticConverter.LINT_SOURCE.equals(d.getSource())));
            PublishDiagnosticsParams linted = client.nextDiagnostics();
            assertEquals(1, linted.getVersion());
            List<Diagnostic> conflicts = linted.getDiagnostics().stream()
                    .filter(d -> "conflict".equals(d.getCode().getLeft())).toList();
            assertEquals(1, conflicts.size(), linted.getDiagnostics()::toString);
            Diagnostic conflict = conflicts.get(0);
            assertEquals(DiagnosticConverter.LINT_SOURCE, conflict.getSource());
            assertEquals(new Position(1, 0), conflict.getRange().getStart());
            assertEquals(new Range(new Position(0, 0), new Position(0, CONFLICT.indexOf('\n'))),
                    conflict.getRelatedInformation().get(0).getLocation().getRange());
            assertEquals(0, client.shutdown());
        }
    }

    @Test
    void anAcknowledgedFindingIsNotPublished() throws Exception {
        try (TestClient client = new TestClient()) {
            client.initialize();
            String text = CONFLICT.replace("rule Busy", "# presync: allow conflict -- Busy wins on purpose\nrule Busy");
            client.open(text);
            PublishDiagnosticsParams checked = client.nextDiagnostics();
            assertTrue(checked.getDiagnostics().isEmpty(), checked.getDiagnostics()::toString);
            // A change that introduces nothing for lint to say: still exactly one publication per version.
            client.change(2, text + "\n");
            assertEquals(2, client.nextDiagnostics().getVersion());
            assertEquals(0, client.shutdown());
            assertTrue(client.diagnostics.isEmpty(), client.diagnostics::toString);
        }
    }
}
