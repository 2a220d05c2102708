package dev.presync.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the server over a pair of streams (stdin and stdout for {@code presync lsp}) until the input ends. */
public final class LanguageServerLauncher {
    private LanguageServerLauncher() {
    }

    /** Serves until the client closes the input; returns 0 after a clean shutdown, 1 otherwise (as LSP asks). */
    public static int serve(InputStream in, OutputStream out) throws InterruptedException {
        PresyncLanguageServer server = new PresyncLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (ExecutionException e) {
            // The stream broke: the client is gone.
        }
        return server.isShutdown() ? 0 : 1;
    }
}
