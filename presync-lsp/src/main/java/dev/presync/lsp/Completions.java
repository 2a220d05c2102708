package dev.presync.lsp;

import dev.presync.compiler.ast.Comparator;
import dev.presync.compiler.syntax.Lexeme;
import dev.presync.compiler.syntax.Lexeme.Kind;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What may come next at the cursor, read from the tokens before it: events after {@code on},
 * the operands the rule's event carries in a condition, comparators after an operand, the
 * destinations after {@code set}, the catalog's status names where a status goes, and keywords
 * where they fit.
 */
final class Completions {
    private static final List<String> DECLARATION_STARTS = List.of("rule", "on", "inactive", "status", "test");

    private final OpenDocument doc;
    private final int offset;
    private final Cursor cursor;
    private final List<CompletionItem> items = new ArrayList<>();

    private Completions(OpenDocument doc, int offset) {
        this.doc = doc;
        this.offset = offset;
        this.cursor = Cursor.of(doc.lexemes(), offset);
    }

    static List<CompletionItem> at(OpenDocument doc, int offset) {
        Completions c = new Completions(doc, offset);
        c.collect();
        return c.items;
    }

    private void collect() {
        if (cursor.inComment()) {
            return;
        }
        if (cursor.inString(offset)) {
            StatusPlace place = StatusPlace.before(cursor);
            if (place != null) {
                statuses(place, true);
            }
            return;
        }
        Lexeme clause = cursor.last(Kind.ON, Kind.WHEN, Kind.SET, Kind.STATUS, Kind.TEST, Kind.GIVEN, Kind.EXPECT,
                Kind.RULE, Kind.INACTIVE);
        Kind previous = cursor.backKind(1);
        if (clause == null) {
            keywords(DECLARATION_STARTS);
            return;
        }
        switch (clause.kind()) {
            case INACTIVE -> keywords(previous == Kind.INACTIVE ? List.of("rule", "on") : List.of());
            case RULE -> keywords(previous == Kind.RULE ? List.of() : List.of("on"));
            case ON -> {
                if (previous == Kind.ON) {
                    events();
                } else {
                    keywords(List.of("when", "set"));
                }
            }
            case WHEN -> condition(previous);
            case SET -> {
                if (previous == Kind.SET) {
                    destinations();
                } else if (previous == Kind.IDENT) {
                    statuses(StatusPlace.before(cursor), false);
                } else {
                    keywords(DECLARATION_STARTS);
                }
            }
            case STATUS -> {
                if (previous == Kind.STATUS) {
                    destinations();
                } else if (previous == Kind.STRING) {
                    keywords(List.of("online", "busy"));
                } else if (previous == Kind.IDENT && cursor.backKind(2) == Kind.STRING) {
                    keywords(List.of("channels"));
                }
            }
            case TEST -> keywords(previous == Kind.TEST ? List.of() : List.of("given"));
            case GIVEN -> given(previous);
            case EXPECT -> expect(previous);
            default -> {
            }
        }
    }

    private void condition(Kind previous) {
        if (previous == Kind.WHEN || previous == Kind.AND || previous == Kind.OR || previous == Kind.NOT
                || previous == Kind.LPAREN) {
            operands();
            keywords(List.of("not"));
        } else if (previous != null && previous.isComparator()) {
            operands();
            StatusPlace place = StatusPlace.before(cursor);
            if (place != null) {
                statuses(place, false);
            }
        } else if (previous == Kind.IDENT && !complete()) {
            comparators();
        } else {
            keywords(List.of("and", "or", "set"));
        }
    }

    /** The last comparison before the cursor has both sides. */
    private boolean complete() {
        Kind two = cursor.backKind(2);
        return two != null && two.isComparator();
    }

    private void given(Kind previous) {
        if (previous == Kind.GIVEN) {
            events();
        } else if (previous == Kind.LPAREN || previous == Kind.COMMA) {
            EventType event = Vocabulary.event(cursor.after(Kind.GIVEN));
            for (Operand o : Vocabulary.operands(event)) {
                if (!o.isDerived()) {
                    add(o.spelling(), CompletionItemKind.Field, o.spelling() + ": ", o.spelling());
                }
            }
        } else if (previous == Kind.RPAREN || previous == Kind.IDENT) {
            keywords(List.of("expect"));
        }
    }

    private void expect(Kind previous) {
        if (previous == Kind.EXPECT) {
            destinations();
            keywords(List.of("nothing"));
        } else if (previous == Kind.COMMA) {
            destinations();
        } else if (previous == Kind.IDENT && cursor.backKind(2) != Kind.FROM) {
            statuses(StatusPlace.before(cursor), false);
        } else if (previous == Kind.FROM) {
            doc.tree().rules().stream().filter(r -> r.name() != null).forEach(r -> {
                String name = r.name().text();
                String insert = name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : Vocabulary.quoted(name);
                add(name, CompletionItemKind.Function, insert, null);
            });
        } else if (previous == Kind.STRING) {
            keywords(List.of("from"));
            keywords(DECLARATION_STARTS);
        } else {
            keywords(DECLARATION_STARTS);
        }
    }

    private void events() {
        for (EventType e : EventType.values()) {
            add(e.spelling(), CompletionItemKind.Event, e.spelling(), e.spelling());
        }
    }

    private void operands() {
        EventType event = Vocabulary.event(cursor.after(Kind.ON));
        for (Operand o : Vocabulary.operands(event)) {
            add(o.spelling(), CompletionItemKind.Field, o.spelling(), o.spelling());
        }
    }

    private void comparators() {
        for (Comparator c : Comparator.values()) {
            add(c.symbol(), CompletionItemKind.Operator, c.symbol(), c.symbol());
        }
    }

    private void destinations() {
        for (Destination d : Destination.values()) {
            add(d.spelling(), CompletionItemKind.EnumMember, d.spelling(), null);
        }
    }

    /** Status names; inside quotes the name replaces the string's content, else it is inserted quoted. */
    private void statuses(StatusPlace place, boolean insideQuotes) {
        if (place == null) {
            return;
        }
        List<String> names = Vocabulary.statuses(doc.tree().statuses(), place.system(), place.channels());
        for (String name : names) {
            CompletionItem item = new CompletionItem(name);
            item.setKind(CompletionItemKind.Value);
            item.setDetail(place.channels() ? "channel" : place.system() == null ? "status" : place.system().spelling() + " status");
            if (insideQuotes) {
                Lexeme string = cursor.at();
                int end = string.kind() == Kind.STRING ? string.end() - 1 : string.end();
                var range = doc.positions().range(new dev.presync.compiler.ast.Span(string.span().offset() + 1,
                        end - string.span().offset() - 1));
                item.setTextEdit(Either.forLeft(new TextEdit(range, name)));
                item.setFilterText(name);
            } else {
                item.setInsertText(Vocabulary.quoted(name));
            }
            items.add(item);
        }
    }

    private void keywords(List<String> words) {
        for (String w : words) {
            add(w, CompletionItemKind.Keyword, w, null);
        }
    }

    private void add(String label, CompletionItemKind kind, String insert, String documented) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setInsertText(insert);
        item.setInsertTextFormat(InsertTextFormat.PlainText);
        String docs = documented == null ? null : LanguageDocs.bundled().of(documented);
        if (docs != null) {
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, docs));
        }
        items.add(item);
    }
}
