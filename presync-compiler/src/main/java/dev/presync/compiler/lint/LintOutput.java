package dev.presync.compiler.lint;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.diag.Diagnostic;
import dev.presync.compiler.diag.DiagnosticRenderer;
import dev.presync.compiler.source.LineMap;
import dev.presync.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The three forms of {@code presync lint}'s findings, shared by the CLI and the Maven plugin:
 * text as {@code check} prints it (with the id in brackets and {@code note:} lines for the other
 * rules), JSON lines (one object per finding) and SARIF 2.1.0 for code-scanning upload.
 */
public final class LintOutput {
    private LintOutput() {
    }

    public static String text(List<LintReport> reports) {
        StringBuilder out = new StringBuilder();
        for (LintReport r : reports) {
            for (Diagnostic d : r.findings()) {
                out.append(DiagnosticRenderer.render(r.compilation().source(), d, true));
            }
        }
        return out.toString();
    }

    /** One JSON object per line per finding. */
    public static String json(List<LintReport> reports) {
        StringBuilder out = new StringBuilder();
        for (LintReport r : reports) {
            SourceFile source = r.compilation().source();
            for (Diagnostic d : r.findings()) {
                out.append("{\"file\":").append(Json.string(source.name()))
                        .append(position(source.lines(), d.span()))
                        .append(",\"level\":").append(Json.string(d.severity().label()))
                        .append(",\"id\":").append(Json.string(d.code()))
                        .append(",\"message\":").append(Json.string(d.message()));
                if (d.hint() != null) {
                    out.append(",\"hint\":").append(Json.string(d.hint()));
                }
                List<String> related = new ArrayList<>();
                for (Diagnostic.Related rel : d.related()) {
                    related.add("{\"file\":" + Json.string(source.name()) + position(source.lines(), rel.span())
                            + ",\"message\":" + Json.string(rel.message()) + "}");
                }
                out.append(",\"related\":[").append(String.join(",", related)).append("]}\n");
            }
        }
        return out.toString();
    }

    /** A SARIF 2.1.0 log with one run: every finding id as a rule, every finding as a result. */
    public static String sarif(List<LintReport> reports) {
        List<String> rules = new ArrayList<>();
        for (LintId id : LintId.values()) {
            rules.add("{\"id\":" + Json.string(id.id())
                    + ",\"shortDescription\":{\"text\":" + Json.string(id.description()) + "}"
                    + ",\"help\":{\"text\":" + Json.string(id.help()) + "}"
                    + ",\"defaultConfiguration\":{\"level\":" + Json.string(id.severity().label()) + "}}");
        }
        List<String> results = new ArrayList<>();
        for (LintReport r : reports) {
            SourceFile source = r.compilation().source();
            for (Diagnostic d : r.findings()) {
                List<String> related = new ArrayList<>();
                for (int i = 0; i < d.related().size(); i++) {
                    Diagnostic.Related rel = d.related().get(i);
                    related.add("{\"id\":" + (i + 1) + ",\"physicalLocation\":" + location(source, rel.span())
                            + ",\"message\":{\"text\":" + Json.string(rel.message()) + "}}");
                }
                int ruleIndex = LintId.byId(d.code()) == null ? 0 : LintId.byId(d.code()).ordinal();
                results.add("{\"ruleId\":" + Json.string(d.code()) + ",\"ruleIndex\":" + ruleIndex
                        + ",\"level\":" + Json.string(d.severity().label())
                        + ",\"message\":{\"text\":" + Json.string(d.message()) + "}"
                        + ",\"locations\":[{\"physicalLocation\":" + location(source, d.span()) + "}]"
                        + ",\"relatedLocations\":[" + String.join(",", related) + "]}");
            }
        }
        return "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{"
                + "\"tool\":{\"driver\":{\"name\":\"presync\","
                + "\"rules\":[" + String.join(",", rules) + "]}},"
                + "\"results\":[" + String.join(",", results) + "]}]}\n";
    }

    private static String position(LineMap lines, Span span) {
        return ",\"line\":" + lines.line(span.offset()) + ",\"column\":" + lines.column(span.offset());
    }

    private static String location(SourceFile source, Span span) {
        LineMap lines = source.lines();
        return "{\"artifactLocation\":{\"uri\":" + Json.string(source.name().replace('\\', '/')) + "},"
                + "\"region\":{\"startLine\":" + lines.line(span.offset())
                + ",\"startColumn\":" + lines.column(span.offset()) + "}}";
    }
}
