package dev.presync.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP client over JSON-RPC, talking to the server through a pair of pipes exactly as an
 * editor does over stdio: every request and notification is serialized and parsed on both sides.
 */
final class TestClient implements LanguageClient, AutoCloseable {
    static final String URI = "file:///work/sync.rules";

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logs = new LinkedBlockingQueue<>();
    final LanguageServer server;
    private final PipedOutputStream toServer;
    private final PipedInputStream fromServer;
    private final CompletableFuture<Integer> serverExit;

    TestClient() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        fromServer = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        serverExit = CompletableFuture.supplyAsync(() -> {
            try {
                return LanguageServerLauncher.serve(serverIn, serverOut);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            } finally {
                try {
                    serverOut.close();
                } catch (IOException ignored) {
                    // the client side is gone already
                }
            }
        });
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, fromServer, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    void initialize() throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    void open(String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "presync", 1, text)));
    }

    void change(int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** The next diagnostics the server publishes; fails rather than wait forever. */
    PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = diagnostics.poll(60, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no diagnostics published");
        }
        return p;
    }

    /** Shuts the server down as the protocol says and returns its exit status. */
    int shutdown() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        toServer.close();
        return serverExit.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        toServer.close();
        fromServer.close();
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void logMessage(MessageParams message) {
        logs.add(message);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }
}
