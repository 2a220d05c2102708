package dev.presync.cli;

import dev.presync.lsp.LanguageServerLauncher;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code presync lsp}: the language server on stdin and stdout, for editors (docs/editor.md). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Runs the presync language server over stdin/stdout (the Language Server Protocol).",
                "Editors start it; see docs/editor.md. Exit status: 0 after the client's shutdown, 1 otherwise."})
final class LspCommand implements Callable<Integer> {
    @ParentCommand
    PresyncCommand parent;

    @Override
    public Integer call() throws InterruptedException {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        PrintStream stdout = System.out;
        // Stdout carries the protocol: anything else printed there would corrupt it, so it goes to stderr.
        System.setOut(System.err);
        try {
            return LanguageServerLauncher.serve(parent.stdin(), protocol);
        } finally {
            System.setOut(stdout);
        }
    }
}
