package dev.presync.compiler.check;

import dev.presync.compiler.ast.Expr;
import dev.presync.compiler.ast.StatusDecl;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.diag.Suggestions;
import dev.presync.runtime.Destination;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks {@code status} declarations and builds the catalog from the valid ones. */
final class CatalogChecker {
    private CatalogChecker() {
    }

    static Catalog build(List<StatusDecl> declarations, Diagnostics diagnostics) {
        Catalog catalog = new Catalog();
        Set<String> seen = new HashSet<>();
        for (StatusDecl d : declarations) {
            Destination system = Destination.bySpelling(d.system().text());
            if (system == null) {
                diagnostics.error(d.system().span(), "unknown-system",
                        "unknown system '" + d.system().text() + "'"
                                + Suggestions.didYouMean(d.system().text(), List.of("Salesforce", "Connect")),
                        "a status belongs to Salesforce or to Connect");
                continue;
            }
            String name = d.name().value();
            if (name.isEmpty()) {
                diagnostics.error(d.name().span(), "empty-status", "a status name cannot be empty");
                continue;
            }
            if (!seen.add(system.spelling() + "\0" + name)) {
                diagnostics.warning(d.name().span(), "duplicate-status",
                        system.spelling() + " status '" + name + "' is declared twice");
            }
            if (system == Destination.CONNECT) {
                addConnect(d, catalog, diagnostics);
            } else {
                addSalesforce(d, catalog, diagnostics);
            }
        }
        return catalog;
    }

    private static void addConnect(StatusDecl d, Catalog catalog, Diagnostics diagnostics) {
        if (d.kind() != null || !d.channels().isEmpty()) {
            diagnostics.error(d.kind() != null ? d.kind().span() : d.channels().get(0).span(), "bad-status-kind",
                    "a Connect agent status has no kind and no channels",
                    "write: status Connect '" + d.name().value() + "'");
            return;
        }
        catalog.addConnect(d.name().value());
    }

    private static void addSalesforce(StatusDecl d, Catalog catalog, Diagnostics diagnostics) {
        String name = d.name().value();
        String kind = d.kind() == null ? null : d.kind().text();
        if (!"online".equals(kind) && !"busy".equals(kind)) {
            diagnostics.error(d.kind() != null ? d.kind().span() : d.name().span(), "bad-status-kind",
                    "a Salesforce presence status is 'online' or 'busy'"
                            + (kind == null ? "" : ", not '" + kind + "'"),
                    "write: status Salesforce '" + name + "' busy, or status Salesforce '" + name
                            + "' online channels 'sfdc_phone'");
            return;
        }
        boolean online = kind.equals("online");
        if (online && d.channels().isEmpty()) {
            diagnostics.error(d.kind().span(), "online-without-channels",
                    "an online presence status must list its service channels",
                    "add: channels 'ChannelDeveloperName', ...");
            return;
        }
        if (!online && !d.channels().isEmpty()) {
            diagnostics.error(d.channels().get(0).span(), "busy-with-channels",
                    "a busy presence status has no service channels");
            return;
        }
        catalog.addSalesforce(name, online, d.channels().stream().map(Expr.StringLit::value).toList());
    }
}
