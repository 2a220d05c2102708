package dev.presync.compiler;

import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.ast.Span;
import dev.presync.compiler.check.Checker;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.source.SourceDecoder;
import dev.presync.compiler.source.SourceFile;
import dev.presync.compiler.syntax.RuleParser;
import dev.presync.runtime.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The compiler's front door, shared by the CLI and every other front end: text in, diagnostics
 * and a checked rule set out. The phases run in one direction: parse, then check.
 */
public final class PresyncCompiler {
    private PresyncCompiler() {
    }

    /** Compiles rule text; {@code name} is what diagnostics and unnamed rules' labels call it. */
    public static Compilation compile(String name, String text) {
        return compile(new SourceFile(name, text));
    }

    public static Compilation compile(SourceFile source) {
        Diagnostics diagnostics = new Diagnostics();
        RuleFile file = RuleParser.parse(source, diagnostics);
        CheckedRuleSet checked = Checker.check(source, file, diagnostics);
        return new Compilation(source, diagnostics.sorted(), diagnostics.hasErrors() ? null : checked);
    }

    /**
     * Reads and compiles a file, reported under {@code name}. Bytes that are not UTF-8 are an
     * error at the first bad byte. An unreadable file is the caller's to report.
     */
    public static Compilation compile(Path path, String name) throws IOException {
        return compileBytes(name, Files.readAllBytes(path));
    }

    public static Compilation compileBytes(String name, byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        if (decoded.isValid()) {
            return compile(new SourceFile(name, decoded.text()));
        }
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(new Span(decoded.badByteOffset(), 1), "bad-encoding",
                decoded.problem(),
                "rule files are UTF-8; re-save the file as UTF-8");
        return new Compilation(new SourceFile(name, decoded.text()), diagnostics.sorted(), null);
    }

    /** The reference interpreter over a compiled rule set with no errors. */
    public static RuleSet interpret(Compilation compilation) {
        return load(compilation, Engine.INTERPRETED);
    }

    /** A rule set with no errors, ready to evaluate with the given engine. */
    public static RuleSet load(Compilation compilation, Engine engine) {
        if (compilation.hasErrors()) {
            throw new IllegalArgumentException("cannot run " + compilation.source().name() + ": it has errors");
        }
        return engine.load(compilation.ruleSet());
    }
}
