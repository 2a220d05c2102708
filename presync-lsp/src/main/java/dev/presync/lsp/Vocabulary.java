package dev.presync.lsp;

import dev.presync.compiler.ast.StatusDecl;
import dev.presync.compiler.syntax.Lexeme;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names the language knows, and the status names a file's catalog adds. */
final class Vocabulary {
    private Vocabulary() {
    }

    static EventType event(Lexeme name) {
        return name == null ? null : EventType.bySpelling(name.text());
    }

    static Operand operand(Lexeme name) {
        return name == null || name.kind() != Lexeme.Kind.IDENT ? null : Operand.bySpelling(name.text());
    }

    /** The operands an event carries, or every operand when the event is not known. */
    static List<Operand> operands(EventType event) {
        return event == null ? List.of(Operand.values()) : List.copyOf(event.carries());
    }

    /** The system whose status names an operand holds, or null (numbers, channels). */
    static Destination systemOf(Operand operand) {
        if (operand == null) {
            return null;
        }
        return switch (operand.spelling()) {
            case "ConnectNewState", "ConnectOldState" -> Destination.CONNECT;
            case "SalesforceNewState" -> Destination.SALESFORCE;
            default -> null;
        };
    }

    /** Catalog status names of one system (both when null), or channel names, in file order. */
    static List<String> statuses(List<StatusDecl> catalog, Destination system, boolean channels) {
        Set<String> names = new LinkedHashSet<>();
        for (StatusDecl s : catalog) {
            Destination d = Destination.bySpelling(s.system().text());
            if (channels) {
                s.channels().forEach(c -> names.add(c.value()));
            } else if (system == null || d == system) {
                names.add(s.name().value());
            }
        }
        return new ArrayList<>(names);
    }

    /** A name as a string literal, escaped. */
    static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A string literal's value: quotes dropped, escapes resolved (an open string has no closing quote). */
    static String unquoted(Lexeme string) {
        String literal = string.text();
        int end = string.kind() == Lexeme.Kind.STRING ? literal.length() - 1 : literal.length();
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < end; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < end) {
                c = literal.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
