package dev.presync.bench.engines.peer;

import com.googlecode.aviator.AviatorEvaluator;
import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.EvalMode;
import com.googlecode.aviator.Expression;
import com.googlecode.aviator.Options;
import dev.presync.compiler.checked.CheckedRuleSet;
import java.util.Map;

/**
 * AviatorScript: each expression compiled to JVM bytecode (EVAL_MODE ASM, OPTIMIZE_LEVEL EVAL,
 * its defaults, set here explicitly), executed with the event map as its environment.
 */
public final class AviatorEngine {
    private AviatorEngine() {
    }

    @SuppressWarnings("unchecked")
    public static PerRuleEngine prepare(CheckedRuleSet rules) {
        AviatorEvaluatorInstance aviator = AviatorEvaluator.newInstance();
        aviator.setOption(Options.EVAL_MODE, EvalMode.ASM);
        aviator.setOption(Options.OPTIMIZE_LEVEL, AviatorEvaluator.EVAL);
        return new PerRuleEngine(rules, Dialect.AVIATOR, (rule, text) -> {
            Expression e = aviator.compile(text, false);
            return input -> Boolean.TRUE.equals(e.execute((Map<String, Object>) input));
        }, PeerEvent::asMap);
    }
}
