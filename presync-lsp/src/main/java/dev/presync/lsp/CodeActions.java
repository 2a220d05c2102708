package dev.presync.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes for the diagnostics in view: take the checker's "did you mean" (quoted again when
 * the misspelling was a string), or quote a status name written bare where an operand goes.
 */
final class CodeActions {
    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '((?:[^'\\\\]|\\\\.)*)'\\?");
    private static final Pattern QUOTE_IT = Pattern.compile("quote it: ('(?:[^'\\\\]|\\\\.)*')");

    private CodeActions() {
    }

    static List<CodeAction> fixes(OpenDocument doc, List<Diagnostic> diagnostics) {
        List<CodeAction> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.getMessage() == null || d.getRange() == null) {
                continue;
            }
            String message = d.getMessage();
            int start = doc.positions().offset(d.getRange().getStart());
            int end = Math.max(start, doc.positions().offset(d.getRange().getEnd()));
            String written = doc.text().substring(start, end);
            Matcher meant = DID_YOU_MEAN.matcher(message);
            if (meant.find()) {
                String name = meant.group(1).replace("\\'", "'").replace("\\\\", "\\");
                boolean word = name.matches("[A-Za-z_][A-Za-z0-9_]*");
                String replacement = written.startsWith("'") || !word ? Vocabulary.quoted(name) : name;
                out.add(action("Change to " + replacement, doc, d, replacement));
            }
            Matcher quote = QUOTE_IT.matcher(message);
            if (quote.find()) {
                out.add(action("Quote as " + quote.group(1), doc, d, quote.group(1)));
            }
        }
        return out;
    }

    private static CodeAction action(String title, OpenDocument doc, Diagnostic d, String replacement) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(d));
        action.setIsPreferred(true);
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(new TextEdit(d.getRange(), replacement)))));
        return action;
    }
}
