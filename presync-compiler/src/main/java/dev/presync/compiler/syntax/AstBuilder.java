package dev.presync.compiler.syntax;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.ast.Cond;
import dev.presync.compiler.ast.Expr;
import dev.presync.compiler.ast.Name;
import dev.presync.compiler.ast.RuleDecl;
import dev.presync.compiler.ast.RuleFile;
import dev.presync.compiler.ast.Span;
import dev.presync.compiler.ast.StatusDecl;
import dev.presync.compiler.ast.TestDecl;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.syntax.internal.PresyncParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds the AST from a parse tree, leaving out the declarations that had syntax errors. */
final class AstBuilder {
    private final TokenSpans spans;
    private final Diagnostics diagnostics;
    private final Set<ParserRuleContext> broken;

    AstBuilder(TokenSpans spans, Diagnostics diagnostics, Set<ParserRuleContext> broken) {
        this.spans = spans;
        this.diagnostics = diagnostics;
        this.broken = broken;
    }

    RuleFile file(PresyncParser.FileContext file) {
        List<RuleDecl> rules = new ArrayList<>();
        List<StatusDecl> statuses = new ArrayList<>();
        List<TestDecl> tests = new ArrayList<>();
        for (PresyncParser.ItemContext item : file.item()) {
            if (item.ruleDecl() != null && isWhole(item.ruleDecl())) {
                rules.add(rule(item.ruleDecl()));
            } else if (item.statusDecl() != null && isWhole(item.statusDecl())) {
                statuses.add(status(item.statusDecl()));
            } else if (item.testDecl() != null && isWhole(item.testDecl())) {
                tests.add(test(item.testDecl()));
            }
        }
        return new RuleFile(rules, statuses, tests);
    }

    private boolean isWhole(ParserRuleContext ctx) {
        return ctx.exception == null && !broken.contains(ctx);
    }

    private RuleDecl rule(PresyncParser.RuleDeclContext ctx) {
        Name name = ctx.name == null ? null : ruleName(ctx.name);
        Cond condition = ctx.cond() == null ? null : cond(ctx.cond());
        return new RuleDecl(spans.of(ctx), ctx.INACTIVE() != null, name, name(ctx.event), condition,
                name(ctx.destination), string(ctx.state));
    }

    /** A rule or test name: a word, or a quoted string for names with spaces. */
    private Name ruleName(PresyncParser.RuleNameContext ctx) {
        Token t = ctx.getStart();
        return t.getType() == PresyncParser.STRING ? new Name(string(t).value(), spans.of(t)) : name(t);
    }

    private TestDecl test(PresyncParser.TestDeclContext ctx) {
        List<TestDecl.Field> fields = new ArrayList<>();
        for (PresyncParser.FieldContext f : ctx.field()) {
            fields.add(new TestDecl.Field(name(f.IDENT().getSymbol()), value(f.value())));
        }
        List<TestDecl.ExpectedAction> expected = new ArrayList<>();
        if (ctx.expectation() instanceof PresyncParser.ExpectActionsContext actions) {
            for (PresyncParser.ExpectedActionContext a : actions.expectedAction()) {
                expected.add(new TestDecl.ExpectedAction(spans.of(a), name(a.destination), string(a.state),
                        a.source == null ? null : ruleName(a.source)));
            }
        }
        return new TestDecl(spans.of(ctx), ruleName(ctx.name), name(ctx.event), fields, expected);
    }

    private StatusDecl status(PresyncParser.StatusDeclContext ctx) {
        List<Expr.StringLit> channels = new ArrayList<>();
        // The first STRING is the status name; the rest are its channels.
        List<org.antlr.v4.runtime.tree.TerminalNode> strings = ctx.STRING();
        for (int i = 1; i < strings.size(); i++) {
            channels.add(string(strings.get(i).getSymbol()));
        }
        return new StatusDecl(spans.of(ctx), name(ctx.system), string(ctx.name),
                ctx.kind == null ? null : name(ctx.kind), channels);
    }

    private Cond cond(PresyncParser.CondContext ctx) {
        if (ctx instanceof PresyncParser.ParenContext paren) {
            return cond(paren.cond());
        }
        if (ctx instanceof PresyncParser.CompareContext compare) {
            return new Cond.Compare(value(compare.left), comparator(compare.op.getStart()),
                    spans.of(compare.op), value(compare.right));
        }
        if (ctx instanceof PresyncParser.NotContext not) {
            return new Cond.Not(cond(not.cond()), spans.of(ctx));
        }
        if (ctx instanceof PresyncParser.AndContext || ctx instanceof PresyncParser.OrContext) {
            return chain(ctx);
        }
        throw new IllegalStateException("unknown condition " + ctx.getClass().getSimpleName());
    }

    /**
     * Flattens a left-leaning chain of one operator into one node. It walks the left spine in a
     * loop, so a rule of 20,000 {@code or}s does not recurse 20,000 deep.
     */
    private Cond chain(PresyncParser.CondContext top) {
        Class<?> kind = top.getClass();
        List<Cond> operands = new ArrayList<>();
        PresyncParser.CondContext node = top;
        while (node.getClass() == kind) {
            List<PresyncParser.CondContext> sides = node.getRuleContexts(PresyncParser.CondContext.class);
            operands.add(cond(sides.get(1)));
            node = sides.get(0);
        }
        operands.add(cond(node));
        Collections.reverse(operands);
        Span span = spans.of(top);
        return top instanceof PresyncParser.AndContext ? new Cond.And(operands, span) : new Cond.Or(operands, span);
    }

    private Expr value(PresyncParser.ValueContext ctx) {
        Token t = ctx.getStart();
        if (ctx instanceof PresyncParser.StringValueContext) {
            return string(t);
        }
        if (ctx instanceof PresyncParser.NumberValueContext) {
            return new Expr.NumberLit(new BigDecimal(t.getText()), spans.of(t));
        }
        return new Expr.OperandRef(name(t));
    }

    private static Comparator comparator(Token t) {
        for (Comparator c : Comparator.values()) {
            if (c.symbol().equals(t.getText())) {
                return c;
            }
        }
        throw new IllegalStateException("unknown comparator " + t.getText());
    }

    private Name name(Token t) {
        return new Name(t.getText(), spans.of(t));
    }

    private Expr.StringLit string(Token t) {
        Span span = spans.of(t);
        return new Expr.StringLit(StringLiterals.unquote(t.getText(), span.offset(), diagnostics), span);
    }
}
