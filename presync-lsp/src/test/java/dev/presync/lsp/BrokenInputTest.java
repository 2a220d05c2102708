package dev.presync.lsp;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Half-typed and broken text never makes a feature throw: valid files cut short, with pieces cut
 * out or tokens dropped in, asked for every feature at many positions. The features are called
 * directly, without the server's guard, so a throw fails the test instead of being logged.
 */
class BrokenInputTest {
    private static final List<String> TOKENS = List.of("on ", "when ", "set ", "'", "'Lu", "(", ")", "==", "<",
            " and ", " or ", "not ", "rule ", "test ", "given ", "expect ", "from ", "status ", ",", ":", "\n", "\r\n",
            "#", "🍔", "\uD83C", "\\", "Connect", "ConnectNewState", "SalesforceWorkloadChanged", "12.", "channels ");
    private static final List<String> SEEDS = seeds();

    @Test
    void everyFeatureOnMutatedFiles() {
        qt().withExamples(600)
                .forAll(Generate.pick(SEEDS), integers().between(0, 100_000), integers().between(0, 100_000),
                        lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 3))
                .checkAssert((seed, cut, from, inserts) -> {
                    String text = seed.substring(0, cut % (seed.length() + 1));
                    int at = from % (text.length() + 1);
                    text = text.substring(0, at) + String.join("", inserts) + text.substring(at);
                    allFeatures(text);
                });
    }

    static void allFeatures(String text) {
        OpenDocument doc = new OpenDocument(TestClient.URI, 1, text);
        var diagnostics = DiagnosticConverter.convert(doc);
        CodeActions.fixes(doc, diagnostics);
        Navigation.symbols(doc);
        int step = Math.max(1, text.length() / 25);
        for (int offset = 0; offset <= text.length(); offset += step) {
            Completions.at(doc, offset);
            Hovers.at(doc, offset);
            Navigation.definition(doc, offset);
        }
        Completions.at(doc, text.length());
        doc.positions().offset(new Position(1_000, 1_000));
        doc.positions().offset(new Position(0, -5));
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of(
                "status Salesforce 'Lunch' busy\nstatus Connect 'Lunch'\nrule A on ConnectAgentStateChange when "
                        + "ConnectNewState == 'Lunch' and (ConnectOldState != 'x' or not ConnectNewState == 'y') set Salesforce 'Lunch'\n"
                        + "test 't' given ConnectAgentStateChange(ConnectNewState: 'Lunch') expect Salesforce 'Lunch' from A\n"));
        try (Stream<Path> files = Files.list(Path.of("../rules-examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rules")).sorted().toList()) {
                seeds.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seeds;
    }
}
