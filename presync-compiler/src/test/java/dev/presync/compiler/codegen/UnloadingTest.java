package dev.presync.compiler.codegen;

import static dev.presync.compiler.codegen.Rules.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import org.junit.jupiter.api.Test;

/**
 * Hidden classes defined without STRONG are unloaded once unreachable: compiling rule sets again
 * and again must not grow Metaspace. Judged by counts and sizes after explicit GCs, never by time.
 */
class UnloadingTest {
    private static final int ROUNDS = 10_000;

    @Test
    void droppedRuleSetsAreUnloadedAndMetaspaceStaysBounded() {
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        MemoryPoolMXBean metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("Metaspace")).findFirst().orElseThrow();
        compileAndDrop(200); // warm up: the compiler's own classes are loaded now
        gcUntilUnloaded(classes, 0);
        long unloadedBefore = classes.getUnloadedClassCount();
        long metaspaceBefore = metaspace.getUsage().getUsed();

        compileAndDrop(ROUNDS);
        long loadedGrowth = metaspace.getUsage().getUsed() - metaspaceBefore;
        long unloaded = gcUntilUnloaded(classes, unloadedBefore + ROUNDS * 9L / 10) - unloadedBefore;
        long retained = metaspace.getUsage().getUsed() - metaspaceBefore;

        assertTrue(unloaded >= ROUNDS * 9L / 10, "unloaded " + unloaded + " of " + ROUNDS + " hidden classes");
        // Each class costs Metaspace while alive; after unloading, far less than that must remain.
        assertTrue(retained < Math.max(loadedGrowth / 4, 2L << 20),
                "Metaspace kept " + retained + " bytes after unloading; it grew " + loadedGrowth + " while loading");
    }

    private static void compileAndDrop(int rounds) {
        for (int i = 0; i < rounds; i++) {
            CheckedRuleSet rules = new Rules()
                    .add(EventType.SALESFORCE_AGENT_STATE_CHANGE, eq(Operand.SALESFORCE_NEW_STATE, "s" + i), "T" + i)
                    .build();
            RuleSet compiled = RuleSetCompiler.load(rules);
            assertEquals(1, compiled.evaluate(RuleEvent.salesforceAgentStateChange("s" + i)).size());
        }
    }

    /** Explicit GCs, a bounded number of them, until the unloaded count reaches a goal. */
    private static long gcUntilUnloaded(ClassLoadingMXBean classes, long goal) {
        for (int i = 0; i < 10 && classes.getUnloadedClassCount() < goal; i++) {
            System.gc();
        }
        System.gc();
        return classes.getUnloadedClassCount();
    }
}
