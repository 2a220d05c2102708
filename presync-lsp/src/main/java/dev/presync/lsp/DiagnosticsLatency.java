package dev.presync.lsp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Measures what a user waits for: the time from sending a change of a large rule file to
 * receiving its diagnostics, through JSON-RPC as an editor talks to the server. Run it as
 * {@code java -cp presync-cli/target/presync.jar dev.presync.lsp.DiagnosticsLatency [RULES] [EDITS]}.
 */
public final class DiagnosticsLatency {
    private static final String URI = "file:///bench/large.rules";

    private DiagnosticsLatency() {
    }

    public static void main(String[] args) throws Exception {
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String text = largeFile(rules);
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        PipedInputStream serverIn = new PipedInputStream(1 << 22);
        PipedOutputStream toServer = new PipedOutputStream(serverIn);
        PipedInputStream fromServer = new PipedInputStream(1 << 22);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer);
        CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> {
            try {
                return LanguageServerLauncher.serve(serverIn, serverOut);
            } catch (InterruptedException e) {
                return -1;
            }
        });
        var launcher = LSPLauncher.createClientLauncher(new Collector(published), fromServer, toServer);
        launcher.startListening();
        LanguageServer remote = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        remote.initialize(init).get(60, TimeUnit.SECONDS);
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "presync", 1, text)));
        published.poll(120, TimeUnit.SECONDS);
        long cpuBefore = diagnosticsCpuNanos();
        long[] nanos = new long[edits];
        int middle = text.indexOf("\nrule r" + rules / 2 + "\n") + 1;
        for (int i = 0; i < edits; i++) {
            // A keystroke in the middle of the file: a rule's name gains a character, or loses its keyword (an error).
            String edited = text.substring(0, middle) + (i % 2 == 0 ? "rule x" : "ule ") + text.substring(middle + 5);
            int version = i + 2;
            long start = System.nanoTime();
            remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(URI, version), List.of(new TextDocumentContentChangeEvent(edited))));
            PublishDiagnosticsParams p;
            do {
                p = published.poll(120, TimeUnit.SECONDS);
            } while (p != null && (p.getVersion() == null || p.getVersion() != version));
            nanos[i] = System.nanoTime() - start;
        }
        long cpuPerChange = (diagnosticsCpuNanos() - cpuBefore) / edits;
        remote.shutdown().get(60, TimeUnit.SECONDS);
        remote.exit();
        toServer.close();
        server.get(60, TimeUnit.SECONDS);
        long[] warm = Arrays.copyOfRange(nanos, Math.min(10, edits - 1), edits);
        Arrays.sort(warm);
        System.out.printf("%d rules, %d chars; diagnostics after a change, over %d changes after 10 warm-up ones:%n",
                rules, text.length(), warm.length);
        System.out.printf("median %.1f ms, p90 %.1f ms, max %.1f ms%n", ms(warm[warm.length / 2]),
                ms(warm[(int) Math.min(warm.length - 1, Math.round(warm.length * 0.9))]), ms(warm[warm.length - 1]));
        System.out.printf("CPU time of the diagnostics thread per change: %.1f ms (load average %.1f on %d processors)%n",
                ms(cpuPerChange), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    /** CPU time so far of the server's diagnostics thread: the work a change costs, whatever the machine's load. */
    private static long diagnosticsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("presync-diagnostics"))
                .mapToLong(t -> threads.getThreadCpuTime(t.getId())).sum();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** A catalog and {@code rules} rules of the shapes real files have, in the canonical layout. */
    static String largeFile(int rules) {
        StringBuilder out = new StringBuilder("# A large generated rule file.\n\n");
        for (int i = 0; i < 50; i++) {
            out.append("status Connect 'S").append(i).append("'\n");
            out.append("status Salesforce 'S").append(i).append("' busy\n");
        }
        for (int i = 0; i < rules; i++) {
            out.append("\n# rule ").append(i).append('\n');
            out.append("rule r").append(i).append('\n');
            switch (i % 3) {
                case 0 -> out.append("  on ConnectAgentStateChange\n  when ConnectNewState == 'S").append(i % 50)
                        .append("' and ConnectOldState != 'S").append((i + 1) % 50).append("'\n");
                case 1 -> out.append("  on SalesforceWorkloadChanged\n  when SalesforceNewWorkloadPct >= ").append(i % 100)
                        .append(" or SalesforceNewWorkload == ").append(i % 7).append('\n');
                default -> out.append("  on SalesforceAgentStateChange\n  when not (SalesforceNewState == 'S")
                        .append(i % 50).append("')\n");
            }
            out.append("  set ").append(i % 3 == 0 ? "Salesforce" : "Connect").append(" 'S").append(i % 50).append("'\n");
        }
        return out.toString();
    }

    /** The client's side: keeps what the server publishes. */
    private record Collector(BlockingQueue<PublishDiagnosticsParams> published) implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published.add(params);
        }

        @Override
        public void logMessage(MessageParams message) {
            System.err.println(message.getMessage());
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
}
