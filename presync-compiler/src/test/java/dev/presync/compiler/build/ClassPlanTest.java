package dev.presync.compiler.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.PresyncCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build API both front ends use: one class name per file, clashes refused before any write. */
class ClassPlanTest {
    @TempDir
    Path dir;

    @Test
    void eachFileIsNamedAfterItsBaseNameInThePackage() {
        ClassPlan plan = ClassPlan.of(List.of("rules/presence-rules.rules", "other/lunch.rules"), "com.example", null);
        assertNull(plan.clash());
        assertEquals(Map.of("rules/presence-rules.rules", "com.example.PresenceRules", "other/lunch.rules", "com.example.Lunch"),
                plan.classes());
    }

    @Test
    void twoFilesThatWouldOverwriteEachOtherAreRefused() {
        ClassPlan plan = ClassPlan.of(List.of("a/lunch.rules", "b/lunch.rules"), "", null);
        assertEquals("b/lunch.rules and a/lunch.rules would both compile to Lunch", plan.clash().message());
    }

    @Test
    void aClassNameNamesTheOnlyFile() {
        assertEquals(Map.of("x.rules", "com.example.Rules"), ClassPlan.of(List.of("x.rules"), "", "com.example.Rules").classes());
        assertThrows(IllegalArgumentException.class, () -> ClassPlan.of(List.of("x.rules", "y.rules"), "", "A"));
    }

    @Test
    void theClassIsWrittenWhereItsNameSays() throws IOException {
        Compilation c = PresyncCompiler.compile("lunch.rules", "on SalesforceAgentLogout set Connect 'Offline'\n");
        ClassOutput.Written written = ClassOutput.write(c, "com.example.Lunch", dir);
        assertTrue(written.ok());
        assertEquals(List.of(dir.resolve("com/example/Lunch.class")), written.files());
        assertTrue(Files.size(written.files().get(0)) > 0);
        Compilation broken = PresyncCompiler.compile("bad.rules", "on Nope set Connect 'Offline'\n");
        assertThrows(IllegalArgumentException.class, () -> ClassOutput.write(broken, "Bad", dir));
    }
}
