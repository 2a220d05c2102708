package dev.presync.compiler.load;

import java.util.Map;

/**
 * Defines a set of generated classes that call each other by name (a rule set split over part
 * classes) in a class loader of their own, and makes one instance of the main class. Hidden
 * classes cannot be named from another class's bytecode, so this is the run-time home of
 * multi-class output. The loader sees only the classes it was given and the loader of
 * {@code type}; once the instance is unreachable, the loader and all its classes can be unloaded.
 */
public final class IsolatedClassLoading {
    private IsolatedClassLoading() {
    }

    /**
     * @param classes class bytes by binary name; {@code mainClass} among them has a public
     *                no-argument constructor and implements {@code type}
     * @throws RuleSetLoadException when the JVM rejects one of them, with ASM's verifier report
     */
    public static <T> T instantiate(String mainClass, Map<String, byte[]> classes, Class<T> type) {
        Loader loader = new Loader(type.getClassLoader(), classes);
        try {
            return type.cast(loader.loadClass(mainClass).getConstructor().newInstance());
        } catch (LinkageError e) {
            StringBuilder report = new StringBuilder();
            classes.forEach((name, bytes) -> report.append(VerifierReport.of(bytes, type.getClassLoader())));
            throw new RuleSetLoadException("the JVM rejected a generated class: " + e + "\nASM verifier report:\n"
                    + (report.isEmpty() ? "(no finding)" : report), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not instantiate " + mainClass, e);
        }
    }

    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(ClassLoader parent, Map<String, byte[]> classes) {
            super("presync-rules", parent);
            this.classes = Map.copyOf(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
