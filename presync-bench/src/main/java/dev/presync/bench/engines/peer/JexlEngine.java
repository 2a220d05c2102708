package dev.presync.bench.engines.peer;

import dev.presync.compiler.checked.CheckedRuleSet;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;

/**
 * Apache Commons JEXL 3: one {@link JexlExpression} per rule, created once, evaluated over a
 * {@link MapContext} of the event (JEXL has no bytecode mode; a created expression keeps its
 * parsed tree and caches its property and method look-ups).
 */
public final class JexlEngine {
    private JexlEngine() {
    }

    public static PerRuleEngine prepare(CheckedRuleSet rules) {
        org.apache.commons.jexl3.JexlEngine jexl = new JexlBuilder().strict(true).silent(false).safe(false)
                .cache(0).create();
        return new PerRuleEngine(rules, Dialect.C_LIKE, (rule, text) -> {
            JexlExpression e = jexl.createExpression(text);
            return input -> Boolean.TRUE.equals(e.evaluate((JexlContext) input));
        }, bean -> new MapContext(bean.asMap()));
    }
}
