package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code presync lint --format sarif} on every golden lint file is valid SARIF 2.1.0 by the OASIS
 * schema itself, so a code-scanning upload will accept it. The goldens pin the exact text; this
 * pins that the text is what SARIF consumers expect.
 */
class SarifSchemaTest {
    private static final Path DIR = Path.of("src/test/resources/golden/lint");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> lintSarifIsValidSarif210() throws IOException {
        JsonSchema schema = sarifSchema();
        List<Path> rules;
        try (Stream<Path> files = Files.list(DIR)) {
            rules = files.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
        }
        assertTrue(rules.size() >= 9, "golden lint corpus shrank");
        return rules.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            CliRun run = CliRun.of("lint", "--format", "sarif", "--fail-on", "never", file.toString());
            // A file with check errors exits 1, and its SARIF carries them as results.
            assertTrue(run.exit() == 0 || run.exit() == 1, () -> "exit " + run.exit() + ": " + run.err());
            JsonNode log = JSON.readTree(run.out());
            Set<ValidationMessage> problems = schema.validate(log);
            assertTrue(problems.isEmpty(), () -> file + ": " + problems);
        }));
    }

    @Test
    void theSchemaRejectsWhatSarifForbids() throws IOException {
        // The validator really applies the schema: a result with a level SARIF does not define fails.
        JsonNode bad = JSON.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"presync\"}},"
                + "\"results\":[{\"level\":\"fatal\",\"message\":{\"text\":\"x\"}}]}]}");
        assertTrue(!sarifSchema().validate(bad).isEmpty(), "an unknown level must be refused");
    }

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertTrue(in != null, "the SARIF 2.1.0 schema is not on the test class path");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
