package dev.presync.bench.engines.peer;

import dev.presync.compiler.checked.CheckedRule;
import dev.presync.compiler.checked.CheckedRuleSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * Spring SpEL in {@link SpelCompilerMode#IMMEDIATE}: expressions over the {@link PeerEvent} bean's
 * getters, compiled to bytecode. SpEL compiles an expression only after every node has been
 * evaluated once (it needs the runtime types), so each is first run on {@link Primer} events and
 * then compiled; what SpEL still cannot compile (it has no bytecode for ordering strings) stays
 * interpreted, and {@link #prepare} says how many.
 */
public final class SpelEngine {
    private SpelEngine() {
    }

    public static PerRuleEngine prepare(CheckedRuleSet rules) {
        SpelExpressionParser parser = new SpelExpressionParser(
                new SpelParserConfiguration(SpelCompilerMode.IMMEDIATE, SpelEngine.class.getClassLoader()));
        EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        Map<SpelExpression, CheckedRule> expressions = new LinkedHashMap<>();
        PerRuleEngine engine = new PerRuleEngine(rules, Dialect.SPEL, (rule, text) -> {
            SpelExpression e = (SpelExpression) parser.parseExpression(text);
            expressions.put(e, rule);
            return input -> Boolean.TRUE.equals(e.getValue(context, input));
        }, bean -> bean);
        int interpreted = 0;
        for (Map.Entry<SpelExpression, CheckedRule> e : expressions.entrySet()) {
            for (PeerEvent primer : Primer.events(e.getValue())) {
                e.getKey().getValue(context, primer);
            }
            if (!e.getKey().compileExpression()) {
                interpreted++;
                if (Boolean.getBoolean("bench.debug") && interpreted < 100000) {
                    System.err.println("spel interprets: " + e.getKey().getExpressionString());
                }
            }
        }
        if (interpreted > 0) {
            System.err.printf("spel: %d of %d expressions cannot be compiled and stay interpreted%n", interpreted,
                    expressions.size());
        }
        return engine;
    }
}
