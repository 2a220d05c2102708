package dev.presync.compiler.props;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Any input gives a compilation with diagnostics, never an exception: random bytes, random text,
 * random token soup, and valid rule files with characters or tokens deleted, inserted, swapped
 * or duplicated.
 */
class ParserRobustnessTest {
    private static final List<String> TOKENS = List.of(
            "on", "set", "when", "not", "and", "or", "rule", "inactive", "status", "channels", "online", "busy",
            "(", ")", ",", "==", "!=", ">", ">=", "<", "<=", "=", "&&", "||", "!",
            "'Lunch'", "'Offline'", "'offline'", "''", "'", "'\\", "'a\\'", "\"Lunch\"", "'\\n'", "12", "33.33", "0", ".5",
            "ConnectAgentStateChange", "SalesforceAgentStateChange", "SalesforceAgentLogout", "SalesforceWorkAccepted",
            "SalesforceWorkloadChanged", "ConnectNewState", "ConnectOldState", "SalesforceNewState",
            "SalesforceServiceChannel", "SalesforceNewWorkloadPct", "SalesforcePreviousWorkloadPct",
            "SalesforceConfiguredCapacity", "Salesforce", "Connect", "Busy", "x",
            "#", "# comment\n", "\n", "\r\n", "\r", "\t", "\u0000", "@", "🍔", "'🍔'", "\uD83C");

    /** Valid rule files (and the golden corpus, valid or not) as seeds for mutation. */
    private static final List<String> SEEDS = seeds();

    @Test
    void randomBytes() {
        qt().withExamples(1500)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300))
                .checkAssert(bytes -> CompilationInvariants.checkBytes(toBytes(bytes)));
    }

    @Test
    void randomUtf8OfRuleLikeBytes() {
        Gen<String> soup = lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 60).map(ParserRobustnessTest::join);
        qt().withExamples(1500).forAll(soup)
                .checkAssert(s -> CompilationInvariants.checkBytes(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void randomStrings() {
        qt().withExamples(1500)
                .forAll(strings().allPossible().ofLengthBetween(0, 200)
                        .mix(strings().ascii().ofLengthBetween(0, 200), 50))
                .checkAssert(CompilationInvariants::checkText);
    }

    @Test
    void tokenSoup() {
        qt().withExamples(3000)
                .forAll(lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 80))
                .checkAssert(tokens -> CompilationInvariants.checkText(join(tokens)));
    }

    @Test
    void mutatedValidFiles() {
        Gen<Mutation> mutation = Generate.enumValues(Mutation.Kind.class)
                .zip(integers().between(0, Integer.MAX_VALUE), integers().between(0, Integer.MAX_VALUE),
                        Generate.pick(TOKENS), Mutation::new);
        qt().withExamples(3000)
                .forAll(Generate.pick(SEEDS), lists().of(mutation).ofSizeBetween(1, 6))
                .checkAssert((seed, mutations) -> {
                    String text = seed;
                    for (Mutation m : mutations) {
                        text = m.apply(text);
                    }
                    CompilationInvariants.checkText(text);
                    CompilationInvariants.checkBytes(text.getBytes(StandardCharsets.UTF_8));
                });
    }

    private static String join(List<String> tokens) {
        return String.join(" ", tokens);
    }

    private static byte[] toBytes(List<Integer> values) {
        byte[] b = new byte[values.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) values.get(i);
        }
        return b;
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/golden/diag"), Path.of("../rules-examples"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".rules")).sorted().toList()) {
                    seeds.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no seed files found from " + Path.of("").toAbsolutePath());
        }
        return seeds;
    }
}
