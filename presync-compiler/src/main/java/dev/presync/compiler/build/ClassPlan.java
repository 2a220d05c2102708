package dev.presync.compiler.build;

import dev.presync.compiler.codegen.ClassNames;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class each rule file of a build compiles to, decided before anything is compiled or written,
 * so that two files that would overwrite each other's class are refused first. A file's class is
 * its base name in upper camel case ({@link ClassNames}), in the build's package, unless one file
 * is given a class name of its own.
 *
 * @param classes the class name of each file, in the order the files were given
 * @param clash   the first two files that would compile to one class, or null
 */
public record ClassPlan(Map<String, String> classes, Clash clash) {
    /** Two files whose classes would have one name. */
    public record Clash(String file, String earlier, String className) {
        /** {@code FILE and EARLIER would both compile to CLASS}; front ends add what to do. */
        public String message() {
            return file + " and " + earlier + " would both compile to " + className;
        }
    }

    public ClassPlan {
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }

    /**
     * Names the class of each file.
     *
     * @param packageName the package of default names; empty for none
     * @param className   the class name of the only file, or null to name every file by default
     */
    public static ClassPlan of(List<String> files, String packageName, String className) {
        if (className != null && files.size() != 1) {
            throw new IllegalArgumentException("a class name names one file's class, not " + files.size());
        }
        Map<String, String> classes = new LinkedHashMap<>();
        Map<String, String> fileByClass = new LinkedHashMap<>();
        for (String file : files) {
            String name = className != null ? className : ClassNames.forRuleFile(baseName(file), packageName);
            String earlier = fileByClass.putIfAbsent(name, file);
            if (earlier != null) {
                return new ClassPlan(classes, new Clash(file, earlier, name));
            }
            classes.put(file, name);
        }
        return new ClassPlan(classes, null);
    }

    private static String baseName(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }
}
