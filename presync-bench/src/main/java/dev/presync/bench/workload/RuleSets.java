package dev.presync.bench.workload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule files every engine runs. 10 rules: {@code ten.rules}, ten example rules that are also
 * written by hand in Java. Larger sizes: all of {@code rules-examples/*.rules} (copied into the
 * jar at build time) under one merged catalog, then generated rules up to the size, and a catalog
 * entry for every generated name, as an org that declares its statuses would have.
 */
public final class RuleSets {
    /** The sizes the issue asks for. */
    public static final List<Integer> SIZES = List.of(10, 100, 1_000, 10_000);
    static final List<String> EXAMPLE_FILES = List.of(
            "lunch-and-breaks.rules", "logout-and-offline.rules", "workload-capacity.rules");
    private static final Pattern RULE_START = Pattern.compile("^(inactive\\s+)?rule\\b", Pattern.MULTILINE);
    private static final Pattern STATUS_LINE = Pattern.compile("^status .*$", Pattern.MULTILINE);
    private static final Pattern GENERATED_NAME = Pattern.compile("'((Aux|Presence|channel)_\\d+)'");

    private RuleSets() {
    }

    /** The text of the rule file with {@code size} rules (counting inactive ones). */
    public static String text(int size) {
        if (size == 10) {
            return resource("ten.rules");
        }
        StringBuilder examples = new StringBuilder();
        for (String file : EXAMPLE_FILES) {
            examples.append("\n# ---- rules-examples/").append(file).append('\n')
                    .append(STATUS_LINE.matcher(resource("examples/" + file)).replaceAll("# (status declared above)"));
        }
        int exampleRules = count(RULE_START, examples);
        if (size < exampleRules) {
            throw new IllegalArgumentException("sizes other than 10 must hold the " + exampleRules + " example rules");
        }
        StringBuilder generated = new StringBuilder("\n# ---- generated\n");
        for (int i = 0; i < size - exampleRules; i++) {
            generated.append(RuleGenerator.rule(i)).append('\n');
        }
        return "# " + size + " rules: the examples, then generated rules (presync-bench RuleSets)\n"
                + resource("examples-catalog.rules") + generatedCatalog(generated) + examples + generated;
    }

    private static String generatedCatalog(CharSequence rules) {
        TreeSet<String> connect = new TreeSet<>();
        TreeSet<String> salesforce = new TreeSet<>();
        TreeSet<String> channels = new TreeSet<>();
        Matcher m = GENERATED_NAME.matcher(rules);
        while (m.find()) {
            switch (m.group(2)) {
                case "Aux" -> connect.add(m.group(1));
                case "Presence" -> salesforce.add(m.group(1));
                default -> channels.add(m.group(1));
            }
        }
        StringBuilder out = new StringBuilder();
        connect.forEach(s -> out.append("status Connect '").append(s).append("'\n"));
        salesforce.forEach(s -> out.append("status Salesforce '").append(s).append("' busy\n"));
        if (!channels.isEmpty()) {
            out.append("status Salesforce 'Available_All_Generated' online channels ")
                    .append(String.join(", ", channels.stream().map(c -> "'" + c + "'").toList())).append('\n');
        }
        return out.toString();
    }

    private static int count(Pattern p, CharSequence text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String resource(String name) {
        try (InputStream in = RuleSets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (is presync-bench built?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
