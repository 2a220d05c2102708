package dev.presync.compiler.format;

import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.source.SourceDecoder;
import dev.presync.compiler.source.SourceFile;
import dev.presync.compiler.syntax.Lexemes;
import dev.presync.compiler.syntax.RuleParser;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code presync fmt} as a library: rule text in, the one canonical layout out (see the "Layout"
 * section of docs/language.md). Only white space and the order of catalog lines change; every
 * token is kept as written and every comment stays with the token it was next to. A source that
 * does not parse is refused with its diagnostics rather than guessed at.
 */
public final class Formatter {
    private static final String BOM = "\uFEFF";

    private Formatter() {
    }

    /** Formats file bytes: UTF-8, with or without a byte-order mark (kept when present). */
    public static Formatted formatBytes(String name, byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        if (!decoded.isValid()) {
            var compilation = PresyncCompiler.compileBytes(name, bytes);
            return new Formatted(compilation.source(), null, bom, compilation.diagnostics());
        }
        return format(new SourceFile(name, decoded.text()), bom);
    }

    /** Formats text; a leading U+FEFF is taken as a byte-order mark and kept. */
    public static Formatted format(String name, String text) {
        boolean bom = text.startsWith(BOM);
        return format(new SourceFile(name, bom ? text.substring(1) : text), bom);
    }

    private static Formatted format(SourceFile source, boolean bom) {
        Diagnostics diagnostics = new Diagnostics();
        RuleFile file = RuleParser.parse(source, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Formatted(source, null, bom, diagnostics.sorted());
        }
        Set<Integer> starts = new HashSet<>();
        file.rules().forEach(r -> starts.add(r.span().offset()));
        file.statuses().forEach(s -> starts.add(s.span().offset()));
        file.tests().forEach(t -> starts.add(t.span().offset()));
        String text = source.text();
        String laidOut = FileLayout.layout(Pieces.attach(text, Lexemes.of(source)), starts, lineEnd(text));
        return new Formatted(source, (bom ? BOM : "") + laidOut, bom, diagnostics.sorted());
    }

    /** The file's first line end, so CRLF files stay CRLF; LF when it has none. */
    static String lineEnd(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i == text.length() || text.charAt(i) == '\n') {
            return "\n";
        }
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
    }
}
