package dev.presync.lsp;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The presync language server: what it offers, and its lifecycle. The features live in the document service. */
public final class PresyncLanguageServer implements LanguageServer, LanguageClientAware {
    private final RulesDocumentService documents = new RulesDocumentService();
    private final RulesWorkspaceService workspace = new RulesWorkspaceService();
    private volatile boolean shutdown;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Full);
        CompletionOptions completion = new CompletionOptions();
        completion.setTriggerCharacters(java.util.List.of("'", "("));
        caps.setCompletionProvider(completion);
        caps.setHoverProvider(true);
        caps.setDefinitionProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setDocumentFormattingProvider(true);
        caps.setCodeActionProvider(new CodeActionOptions(java.util.List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("presync", version())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        documents.stop();
        return CompletableFuture.completedFuture(null);
    }

    /** The client asked the server to stop; the launcher ends once the input closes. */
    @Override
    public void exit() {
        shutdown = true;
    }

    boolean isShutdown() {
        return shutdown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    private static String version() {
        String v = PresyncLanguageServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
