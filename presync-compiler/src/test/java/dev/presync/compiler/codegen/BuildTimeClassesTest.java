package dev.presync.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/** Classes written at build time load and run with nothing but the JDK and presync-runtime. */
class BuildTimeClassesTest {
    private static final String NAME = "com.example.presence.SyncRules";

    /** Sees the JDK and dev.presync.runtime only: no ASM, ANTLR or compiler classes. */
    static final class RuntimeOnlyLoader extends ClassLoader {
        RuntimeOnlyLoader() {
            super(ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("dev.presync.runtime.")) {
                return RuleSet.class.getClassLoader().loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void writtenClassesRunOnTheRuntimeAloneAndAgree(@TempDir Path dir) throws Exception {
        CheckedRuleSet rules = ScaleTest.bigRuleSet(2_000);
        List<Path> files = Compiled.verified(rules, NAME).writeTo(dir);
        assertEquals(List.of(dir.resolve("com/example/presence/SyncRules.class")), files);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, new RuntimeOnlyLoader())) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.objectweb.asm.ClassWriter"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass(Interpreter.class.getName()));
            RuleSet compiled = (RuleSet) loader.loadClass(NAME).getConstructor().newInstance();
            Interpreter oracle = new Interpreter(rules);
            for (int i = 0; i < 2_000; i += 7) {
                for (RuleEvent e : List.of(RuleEvent.connectAgentStateChange("state-" + i, "x"),
                        RuleEvent.salesforceWorkloadChanged(0, i, 2_000),
                        RuleEvent.salesforceAgentStateChange("status-" + i))) {
                    assertEquals(oracle.evaluate(e), compiled.evaluate(e));
                }
            }
        }
    }

    @Test
    void generatedClassesReferToNothingButTheJdkAndTheRuntime(@TempDir Path dir) throws Exception {
        byte[] bytes = RuleSetCompiler.generate(ScaleTest.bigRuleSet(400), NAME).bytes(NAME);
        Set<String> referenced = new TreeSet<>();
        new ClassReader(bytes).accept(new ClassRemapper(new ClassWriter(0), new Remapper() {
            @Override
            public String map(String internalName) {
                referenced.add(internalName);
                return internalName;
            }
        }), 0);
        referenced.remove(NAME.replace('.', '/'));
        for (String type : referenced) {
            assertTrue(type.startsWith("java/") || type.startsWith("dev/presync/runtime/"), type);
        }
        assertTrue(referenced.contains("dev/presync/runtime/RuleSet"));
    }
}
