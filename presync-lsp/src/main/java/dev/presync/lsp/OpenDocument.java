package dev.presync.lsp;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.source.SourceFile;
import dev.presync.compiler.syntax.Lexeme;
import dev.presync.compiler.syntax.Lexemes;
import dev.presync.compiler.syntax.RuleParser;
import java.net.URI;
import java.util.List;

/**
 * One open rule file at one version, and what the features need of it, each computed on first
 * use: diagnostics after every change, the tree and the tokens only when a request asks. The
 * diagnostics thread and the request thread may both ask, so each is computed under the lock.
 */
final class OpenDocument {
    private final String uri;
    private final int version;
    private final SourceFile source;
    private Positions positions;
    private Compilation compilation;
    private RuleFile tree;
    private List<Lexeme> lexemes;

    OpenDocument(String uri, int version, String text) {
        this.uri = uri;
        this.version = version;
        this.source = new SourceFile(nameOf(uri), text);
    }

    String uri() {
        return uri;
    }

    int version() {
        return version;
    }

    String text() {
        return source.text();
    }

    SourceFile source() {
        return source;
    }

    synchronized Positions positions() {
        if (positions == null) {
            positions = new Positions(source.text());
        }
        return positions;
    }

    synchronized Compilation compilation() {
        if (compilation == null) {
            compilation = PresyncCompiler.compile(source);
        }
        return compilation;
    }

    /** The declarations that parsed; a broken one is simply absent. */
    synchronized RuleFile tree() {
        if (tree == null) {
            tree = RuleParser.parse(source, new Diagnostics());
        }
        return tree;
    }

    synchronized List<Lexeme> lexemes() {
        if (lexemes == null) {
            lexemes = Lexemes.of(source);
        }
        return lexemes;
    }

    /** The name diagnostics and unnamed rules' labels use: the file name of the URI. */
    static String nameOf(String uri) {
        try {
            String path = URI.create(uri).getPath();
            if (path != null && !path.isEmpty()) {
                return path.substring(path.lastIndexOf('/') + 1);
            }
        } catch (IllegalArgumentException notAUri) {
            // fall through: use the text as given
        }
        return uri;
    }
}
