package dev.presync.compiler.syntax;

import dev.presync.compiler.ast.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans, in UTF-16 offsets, of tokens and parse-tree nodes. */
final class TokenSpans {
    private final CodePointOffsets offsets;
    private final int textLength;

    TokenSpans(CodePointOffsets offsets, int textLength) {
        this.offsets = offsets;
        this.textLength = textLength;
    }

    Span of(Token token) {
        if (token.getType() == Token.EOF || token.getStartIndex() < 0) {
            return new Span(textLength, 0);
        }
        int start = offsets.utf16(token.getStartIndex());
        int end = offsets.utf16(token.getStopIndex() + 1);
        return new Span(start, end - start);
    }

    Span of(ParserRuleContext ctx) {
        Span first = of(ctx.getStart());
        Token stop = ctx.getStop();
        if (stop == null || stop.getTokenIndex() < ctx.getStart().getTokenIndex()) {
            return first;
        }
        return first.to(of(stop));
    }
}
