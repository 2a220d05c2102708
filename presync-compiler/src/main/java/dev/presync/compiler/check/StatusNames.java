package dev.presync.compiler.check;

import dev.presync.compiler.ast.Span;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.diag.Suggestions;
import dev.presync.runtime.Destination;
import java.util.Collection;
import java.util.Locale;

/** Catalog look-ups that warn about unknown or wrongly cased status and channel names. */
final class StatusNames {
    private final Catalog catalog;
    private final Diagnostics diagnostics;

    StatusNames(Catalog catalog, Diagnostics diagnostics) {
        this.catalog = catalog;
        this.diagnostics = diagnostics;
    }

    /** Warns when a catalog is declared and {@code status} is not one of {@code system}'s statuses. */
    void checkStatus(Destination system, String status, Span span) {
        if (!catalog.isDeclared() || catalog.contains(system, status)) {
            return;
        }
        if (system == Destination.SALESFORCE && status.equals("Offline")) {
            return; // what Omni-Channel reports after a logout; never a declared presence status
        }
        String what = system == Destination.SALESFORCE ? "Salesforce presence status" : "Connect agent status";
        check(status, catalog.statuses(system), what, span);
    }

    /** Warns when a catalog is declared and {@code channel} is not one of its service channels. */
    void checkChannel(String channel, Span span) {
        if (!catalog.isDeclared() || catalog.channels().contains(channel)) {
            return;
        }
        check(channel, catalog.channels(), "service channel", span);
    }

    private void check(String name, Collection<String> known, String what, Span span) {
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                diagnostics.warning(span, "status-case",
                        "'" + name + "' differs only in case from the " + what + " '" + k + "'",
                        "names are case-sensitive: write '" + k + "'");
                return;
            }
        }
        diagnostics.warning(span, "unknown-status",
                "'" + name + "' is not a " + what + " in the catalog" + Suggestions.didYouMean(name, known));
    }
}
