package dev.presync.compiler.codegen;

import dev.presync.compiler.load.ClassFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The output of code generation, kept apart from loading: class bytes by binary name, and which
 * class implements RuleSet. Usually one class (data lives in tables, big conditions in extra
 * methods); a rule set too big for one class file adds part classes beside it, in its package.
 */
public final class GeneratedClasses {
    private final String mainClassName;
    private final SortedMap<String, byte[]> classes;

    GeneratedClasses(String mainClassName, Map<String, byte[]> classes) {
        this.mainClassName = mainClassName;
        this.classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
    }

    /** The binary name of the class implementing RuleSet, e.g. {@code presync.generated.Rules}. */
    public String mainClassName() {
        return mainClassName;
    }

    /** Every class's binary name, sorted. */
    public List<String> classNames() {
        return List.copyOf(classes.keySet());
    }

    /** A copy of one class's bytes. */
    public byte[] bytes(String className) {
        byte[] b = classes.get(className);
        if (b == null) {
            throw new IllegalArgumentException("no generated class " + className);
        }
        return b.clone();
    }

    /** Every class's bytes by binary name (copies). */
    Map<String, byte[]> byName() {
        Map<String, byte[]> out = new TreeMap<>();
        classes.forEach((name, bytes) -> out.put(name, bytes.clone()));
        return out;
    }

    /** Writes {@code dir/presync/generated/Rules.class} and the like; the files need only presync-runtime. */
    public List<Path> writeTo(Path dir) throws IOException {
        return ClassFileWriter.write(dir, classes);
    }
}
