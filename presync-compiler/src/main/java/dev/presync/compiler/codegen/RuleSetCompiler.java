package dev.presync.compiler.codegen;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.load.HiddenClassLoading;
import dev.presync.compiler.load.IsolatedClassLoading;
import dev.presync.runtime.RuleSet;
import javax.lang.model.SourceVersion;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * The embedder's entry to the bytecode back end. Build time: {@link #generate} then
 * {@link GeneratedClasses#writeTo}. Run time: {@link #load}, which defines a hidden class that is
 * unloaded once the returned RuleSet is unreachable. Compiled rule sets are immutable and
 * thread-safe, and give the same actions in the same order as the interpreter.
 */
public final class RuleSetCompiler {
    /** The class name used when the caller gives none. */
    public static final String DEFAULT_CLASS_NAME = "presync.generated.Rules";
    private static final String HIDDEN_CLASS_NAME = HiddenClassLoading.PACKAGE + ".CompiledRuleSet";

    private RuleSetCompiler() {
    }

    /**
     * Generates the classes for a rule set the checker accepted. Deterministic: the same rule set
     * and name give byte-identical classes.
     *
     * @param className a binary class name such as {@code com.example.MyRules}
     * @throws IllegalArgumentException if className is not a valid qualified Java name
     * @throws RuleSetTooLargeException if the rule set cannot fit the JVM's class file limits
     */
    public static GeneratedClasses generate(CheckedRuleSet ruleSet, String className) {
        if (!SourceVersion.isName(className)) {
            throw new IllegalArgumentException("not a valid Java class name: " + className);
        }
        return new GeneratedClasses(className, RuleSetClassEmitter.emitClasses(ruleSet, className.replace('.', '/')));
    }

    /** Every event type through its indexes, none as straight-line code: for tests that compare the two. */
    static GeneratedClasses generateIndexed(CheckedRuleSet ruleSet, String className) {
        return new GeneratedClasses(className, RuleSetClassEmitter.emitClasses(ruleSet, className.replace('.', '/'), false,
                RuleSetClassEmitter.CO_FIRING_SETS));
    }

    /**
     * Each thread keeping at most {@code coFiringSets} multi-fire lists, straight-line scans on or
     * off: for tests of that cap.
     */
    static GeneratedClasses generateKeeping(CheckedRuleSet ruleSet, String className, boolean directScans,
                                            int coFiringSets) {
        return new GeneratedClasses(className, RuleSetClassEmitter.emitClasses(ruleSet, className.replace('.', '/'),
                directScans, coFiringSets));
    }

    /** {@link #generate(CheckedRuleSet, String)} with {@link #DEFAULT_CLASS_NAME}. */
    public static GeneratedClasses generate(CheckedRuleSet ruleSet) {
        return generate(ruleSet, DEFAULT_CLASS_NAME);
    }

    /** Generates and defines a hidden, unloadable class for the rule set, and returns its instance. */
    public static RuleSet load(CheckedRuleSet ruleSet) {
        return loadHidden(generate(ruleSet, HIDDEN_CLASS_NAME));
    }

    /**
     * Defines already generated classes as a hidden class. Classes generated under another name are
     * renamed into the loader's package first (hidden classes must live there). Output of several
     * classes (a rule set too big for one) goes into a class loader of its own instead, which is
     * just as unloadable: see {@link IsolatedClassLoading}.
     *
     * @throws dev.presync.compiler.load.RuleSetLoadException if the JVM rejects the bytes
     */
    public static RuleSet loadHidden(GeneratedClasses classes) {
        if (classes.classNames().size() != 1) {
            return IsolatedClassLoading.instantiate(classes.mainClassName(), classes.byName(), RuleSet.class);
        }
        byte[] bytes = classes.bytes(classes.mainClassName());
        if (!classes.mainClassName().equals(HIDDEN_CLASS_NAME)) {
            bytes = rename(bytes, classes.mainClassName().replace('.', '/'), HIDDEN_CLASS_NAME.replace('.', '/'));
        }
        return HiddenClassLoading.instantiate(bytes, RuleSet.class);
    }

    private static byte[] rename(byte[] bytes, String from, String to) {
        ClassWriter out = new ClassWriter(0);
        new ClassReader(bytes).accept(new ClassRemapper(out, new SimpleRemapper(from, to)), 0);
        return out.toByteArray();
    }
}
