package dev.presync.lsp;

import dev.presync.compiler.format.Formatted;
import dev.presync.compiler.format.Formatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text document half of the protocol: keeps each open file's text (full sync), publishes
 * its diagnostics on every change, and answers requests from the features. A fault in a feature
 * is logged to the client and answered with nothing: the server stays up whatever is typed.
 */
final class RulesDocumentService implements TextDocumentService {
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "presync-diagnostics");
        t.setDaemon(true);
        return t;
    });
    private volatile LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        update(new OpenDocument(item.getUri(), item.getVersion(), item.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        // Full sync: the last change holds the whole text.
        String text = changes.get(changes.size() - 1).getText();
        var id = params.getTextDocument();
        update(new OpenDocument(id.getUri(), id.getVersion() == null ? 0 : id.getVersion(), text));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        checker.execute(() -> publish(new PublishDiagnosticsParams(uri, List.of())));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Diagnostics follow every change already.
    }

    /**
     * Diagnostics are computed off the message thread, one file version at a time; a version
     * already replaced by a newer one is skipped, so fast typing in a large file never queues up.
     */
    private void update(OpenDocument doc) {
        documents.put(doc.uri(), doc);
        checker.execute(() -> {
            if (documents.get(doc.uri()) != doc) {
                return;
            }
            var diagnostics = guard("diagnostics", () -> DiagnosticConverter.convert(doc), List.<org.eclipse.lsp4j.Diagnostic>of());
            if (documents.get(doc.uri()) == doc) {
                publish(new PublishDiagnosticsParams(doc.uri(), diagnostics, doc.version()));
            }
        });
    }

    /** Stops the diagnostics thread; called at shutdown. */
    void stop() {
        checker.shutdownNow();
    }

    private void publish(PublishDiagnosticsParams params) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(params);
        }
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer("completion", params.getTextDocument().getUri(),
                doc -> Either.forLeft(Completions.at(doc, doc.positions().offset(params.getPosition()))),
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer("hover", params.getTextDocument().getUri(),
                doc -> Hovers.at(doc, doc.positions().offset(params.getPosition())), null);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return answer("definition", params.getTextDocument().getUri(),
                doc -> Either.forLeft(Navigation.definition(doc, doc.positions().offset(params.getPosition()))),
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return answer("documentSymbol", params.getTextDocument().getUri(),
                doc -> Navigation.symbols(doc).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList(),
                List.of());
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return answer("formatting", params.getTextDocument().getUri(), doc -> {
            Formatted f = Formatter.format(doc.source().name(), doc.text());
            return f.refused() || !f.changed() ? List.<TextEdit>of()
                    : List.of(new TextEdit(doc.positions().all(), f.text()));
        }, List.of());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return answer("codeAction", params.getTextDocument().getUri(),
                doc -> CodeActions.fixes(doc, params.getContext().getDiagnostics()).stream()
                        .map(Either::<Command, CodeAction>forRight).toList(),
                List.of());
    }

    /** Runs a feature on the open document, on this thread, and never lets it throw. */
    private <T> CompletableFuture<T> answer(String what, String uri, java.util.function.Function<OpenDocument, T> feature,
                                            T nothing) {
        OpenDocument doc = documents.get(uri);
        if (doc == null) {
            return CompletableFuture.completedFuture(nothing);
        }
        return CompletableFuture.completedFuture(guard(what, () -> feature.apply(doc), nothing));
    }

    private <T> T guard(String what, Supplier<T> feature, T nothing) {
        try {
            return feature.get();
        } catch (RuntimeException | StackOverflowError e) {
            LanguageClient c = client;
            if (c != null) {
                c.logMessage(new MessageParams(MessageType.Error, "presync: " + what + " failed: " + e));
            }
            return nothing;
        }
    }
}
