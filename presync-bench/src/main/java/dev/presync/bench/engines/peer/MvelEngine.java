package dev.presync.bench.engines.peer;

import dev.presync.compiler.checked.CheckedRuleSet;
import java.io.Serializable;
import org.mvel2.MVEL;
import org.mvel2.optimizers.OptimizerFactory;

/**
 * MVEL 2 compiled expressions ({@code MVEL.compileExpression}) run against the {@link PeerEvent}
 * bean with the ASM accessor optimizer, MVEL's fastest documented mode.
 */
public final class MvelEngine {
    private MvelEngine() {
    }

    public static PerRuleEngine prepare(CheckedRuleSet rules) {
        OptimizerFactory.setDefaultOptimizer("ASM");
        return new PerRuleEngine(rules, Dialect.C_LIKE, (rule, text) -> {
            Serializable compiled = MVEL.compileExpression(text);
            return input -> Boolean.TRUE.equals(MVEL.executeExpression(compiled, input));
        }, bean -> bean);
    }
}
