package dev.presync.compiler.lint;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.source.LineMap;
import dev.presync.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings a rule file acknowledges, in a comment on the lines right before the rule (or status)
 * it is about, so that it is reviewed with the rule:
 *
 * <pre>
 * # presync: allow conflict -- the later rule wins on purpose during the pilot
 * rule ...
 * </pre>
 *
 * A comment lists one or more ids, comma-separated; the reason after {@code --} is for the
 * reader. It is a comment, so the grammar and the formatter keep it as it is. An acknowledgement
 * that matches no finding is reported, so stale ones do not pile up.
 */
final class Acknowledgements {
    private static final Pattern DIRECTIVE = Pattern.compile("^[ \\t]*#[ \\t]*presync:[ \\t]*allow[ \\t]+([^\\r\\n]*?)[ \\t]*$");

    /** One comment: the ids it names, where it is, and the line of the declaration it precedes. */
    private record Ack(List<String> ids, Span span, int targetLine, boolean[] used) {
    }

    private final List<Ack> acks = new ArrayList<>();

    Acknowledgements(SourceFile source) {
        String all = source.text();
        List<Ack> waiting = new ArrayList<>();
        int line = 0;
        int start = 0;
        while (start <= all.length()) {
            line++;
            int end = start;
            while (end < all.length() && all.charAt(end) != '\n' && all.charAt(end) != '\r') {
                end++;
            }
            String text = all.substring(start, end);
            String trimmed = text.strip();
            Matcher m = DIRECTIVE.matcher(text);
            if (m.matches()) {
                waiting.add(parse(m.group(1), new Span(start + text.indexOf('#'), trimmed.length())));
            } else if (!trimmed.startsWith("#") && !waiting.isEmpty()) {
                int target = trimmed.isEmpty() ? -1 : line;
                waiting.forEach(a -> acks.add(new Ack(a.ids(), a.span(), target, a.used())));
                waiting.clear();
            }
            if (end == all.length()) {
                break;
            }
            start = end + (all.charAt(end) == '\r' && end + 1 < all.length() && all.charAt(end + 1) == '\n' ? 2 : 1);
        }
        waiting.forEach(a -> acks.add(new Ack(a.ids(), a.span(), -1, a.used())));
    }

    private static Ack parse(String body, Span span) {
        int reason = body.indexOf("--");
        List<String> named = new ArrayList<>();
        for (String id : (reason >= 0 ? body.substring(0, reason) : body).split(",")) {
            if (!id.isBlank()) {
                named.add(id.strip());
            }
        }
        return new Ack(named, span, -1, new boolean[named.size()]);
    }

    /** The findings no acknowledgement covers, then a finding for each acknowledgement that covered nothing. */
    List<Diagnostic> apply(List<Diagnostic> findings, LineMap lines) {
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : findings) {
            int line = lines.line(d.span().offset());
            boolean covered = false;
            for (Ack a : acks) {
                int i = a.ids().indexOf(d.code());
                if (a.targetLine() == line && i >= 0) {
                    a.used()[i] = true;
                    covered = true;
                }
            }
            if (!covered) {
                kept.add(d);
            }
        }
        for (Ack a : acks) {
            for (int i = 0; i < a.ids().size(); i++) {
                if (!a.used()[i]) {
                    kept.add(unmatched(a, a.ids().get(i)));
                }
            }
            if (a.ids().isEmpty()) {
                kept.add(new Diagnostic(LintId.UNMATCHED_ACKNOWLEDGEMENT.severity(), a.span(),
                        LintId.UNMATCHED_ACKNOWLEDGEMENT.id(), "this acknowledgement names no finding", 
                        "write: # presync: allow FINDING-ID -- reason"));
            }
        }
        return kept;
    }

    private static Diagnostic unmatched(Ack a, String id) {
        LintId known = LintId.byId(id);
        String message = known == null ? "'" + id + "' is not a lint finding id"
                : a.targetLine() < 0 ? "this acknowledgement of '" + id + "' is not right before a rule or status"
                : "nothing to acknowledge: the next declaration has no '" + id + "' finding";
        return new Diagnostic(LintId.UNMATCHED_ACKNOWLEDGEMENT.severity(), a.span(), LintId.UNMATCHED_ACKNOWLEDGEMENT.id(),
                message, "delete the comment, or fix the id", List.of());
    }
}
