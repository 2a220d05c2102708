package dev.presync.compiler.codegen;

import java.util.Locale;

/**
 * The default name of the class a rule file compiles to: the file's base name in upper camel case,
 * so {@code presence-rules.rules} becomes {@code PresenceRules}. The CLI and the Maven plugin both
 * name classes this way.
 */
public final class ClassNames {
    public static final String DEFAULT_PACKAGE = "presync.generated";

    private ClassNames() {
    }

    /** The binary class name for {@code fileName} in {@code packageName} (empty for none). */
    public static String forRuleFile(String fileName, String packageName) {
        String base = fileName.endsWith(".rules") ? fileName.substring(0, fileName.length() - ".rules".length()) : fileName;
        StringBuilder simple = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (!Character.isJavaIdentifierPart(c) || c == '_' || c == '$') {
                upper = true;
                continue;
            }
            simple.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        if (simple.length() == 0 || !Character.isJavaIdentifierStart(simple.charAt(0))) {
            simple.insert(0, "Rules");
        }
        String name = simple.toString();
        if (javax.lang.model.SourceVersion.isKeyword(name.toLowerCase(Locale.ROOT))) {
            name = name + "Rules";
        }
        return packageName.isEmpty() ? name : packageName + "." + name;
    }
}
