package dev.presync.compiler.syntax;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.syntax.internal.PresyncParser;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (single-token insertion and deletion, then resynchronising at the next rule)
 * with messages in the words of the language, sent to the diagnostics instead of stderr. The
 * declaration an error falls in is remembered, so the AST builder leaves it out rather than
 * checking a half-parsed rule and piling up follow-on errors.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private final TokenSpans spans;
    private final Diagnostics diagnostics;
    private final Set<ParserRuleContext> broken;
    private Token lastError;

    SyntaxErrorStrategy(TokenSpans spans, Diagnostics diagnostics, Set<ParserRuleContext> broken) {
        this.spans = spans;
        this.diagnostics = diagnostics;
        this.broken = broken;
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        report(parser, e.getOffendingToken(), parser.getExpectedTokens());
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        report(parser, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
        report(parser, e.getOffendingToken(), parser.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser));
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token found = parser.getCurrentToken();
        String context = TokenNames.expectedFromContext(parser.getInputStream(), found);
        if (context != null) {
            add(parser, found, "expected " + context + ", found " + TokenNames.found(found), true);
            return;
        }
        String what = TokenNames.expected(getExpectedTokens(parser), parser.getInputStream().LT(-1));
        add(parser, found, "missing " + what + " before " + TokenNames.found(found), true);
    }

    private void report(Parser parser, Token found, IntervalSet expected) {
        // The tokens right before the bad one say best what belonged there; ANTLR's expected set
        // can belong to an earlier decision (e.g. the and/or loop of a condition).
        String what = TokenNames.expectedFromContext(parser.getInputStream(), found);
        if (what == null) {
            what = TokenNames.expected(expected, parser.getInputStream().LT(-1));
        }
        add(parser, found, "expected " + what + ", found " + TokenNames.found(found), false);
    }

    /** {@code missing}: the error is a token left out, so it is shown where that token belongs. */
    private void add(Parser parser, Token found, String message, boolean missing) {
        ParserRuleContext declaration = enclosingDeclaration(parser);
        if (declaration != null && !broken.add(declaration)) {
            return; // one syntax error per declaration: the rest are usually echoes of the first
        }
        if (declaration == null && lastError != null && !declarationStartsBetween(parser, lastError, found)) {
            return; // the tail of the declaration that just failed, not a new mistake
        }
        lastError = found;
        Span span = spans.of(found);
        Token previous = parser.getInputStream().LT(-1);
        boolean nextLine = previous != null && found.getLine() > previous.getLine();
        if (previous != null && (found.getType() == Token.EOF || missing && nextLine)) {
            // Point just after the last real token, not at an empty line past the end of the file
            // or at the next line, where a token left out at the end of a line was not meant to go.
            Span last = spans.of(previous);
            span = new Span(last.end(), 0);
        }
        diagnostics.error(span, "syntax", message);
    }

    private static boolean declarationStartsBetween(Parser parser, Token from, Token to) {
        // From the token the last error was found at: a token left out before 'on' means the
        // next rule began there.
        for (int i = from.getTokenIndex(); i < to.getTokenIndex(); i++) {
            if (TokenNames.startsDeclaration(parser.getInputStream().get(i).getType())) {
                return true;
            }
        }
        return false;
    }

    private static ParserRuleContext enclosingDeclaration(Parser parser) {
        for (RuleContext ctx = parser.getContext(); ctx != null; ctx = ctx.parent) {
            if (ctx instanceof PresyncParser.RuleDeclContext || ctx instanceof PresyncParser.StatusDeclContext
                    || ctx instanceof PresyncParser.TestDeclContext) {
                return (ParserRuleContext) ctx;
            }
        }
        return null;
    }
}
