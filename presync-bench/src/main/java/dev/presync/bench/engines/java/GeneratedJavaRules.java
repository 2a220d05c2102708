package dev.presync.bench.engines.java;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.RuleSet;
import java.util.concurrent.atomic.AtomicInteger;

/** The entry point: a rule set as generated Java source, compiled with javac and loaded. */
public final class GeneratedJavaRules {
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private GeneratedJavaRules() {
    }

    /** Generates, compiles and instantiates the Java for a rule set. */
    public static RuleSet load(CheckedRuleSet rules) {
        String simpleName = "JavaRules" + SERIAL.incrementAndGet();
        JavaRuleSetSource.Output out = JavaRuleSetSource.write(rules, "presync.bench.generated", simpleName);
        JavaTables.offer(out.className(), out.tables());
        try {
            ClassLoader loader = InMemoryJavac.compile(out.sources());
            return (RuleSet) loader.loadClass(out.className()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the generated Java", e);
        }
    }

    /** The source text, for reading what the benchmark runs. */
    public static String source(CheckedRuleSet rules) {
        JavaRuleSetSource.Output out = JavaRuleSetSource.write(rules, "presync.bench.generated", "JavaRules");
        StringBuilder all = new StringBuilder();
        out.sources().forEach((name, text) -> all.append("// ").append(name).append(".java\n").append(text).append('\n'));
        return all.toString();
    }
}
