package dev.presync.bench.engines.peer;

import com.google.protobuf.NullValue;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.Operand;
import java.util.Map;

/**
 * CEL-Java: each condition parsed and type-checked once into a {@link CelRuntime.Program},
 * evaluated with the event map as its activation. Variables are {@code dyn} so that a missing
 * value can be null, as in the other engines' encoding.
 */
public final class CelEngine {
    private CelEngine() {
    }

    @SuppressWarnings("unchecked")
    public static PerRuleEngine prepare(CheckedRuleSet rules) {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder();
        for (Operand o : Operand.values()) {
            builder.addVar(ExpressionWriter.variable(o), SimpleType.DYN);
        }
        CelCompiler compiler = builder.setResultType(SimpleType.BOOL).build();
        CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();
        return new PerRuleEngine(rules, Dialect.C_LIKE, (rule, text) -> {
            CelRuntime.Program program;
            try {
                program = runtime.createProgram(compiler.compile(text).getAst());
            } catch (CelValidationException | CelEvaluationException e) {
                throw new IllegalStateException("CEL rejected " + text, e);
            }
            return input -> {
                try {
                    return Boolean.TRUE.equals(program.eval((Map<String, ?>) input));
                } catch (CelEvaluationException e) {
                    throw new IllegalStateException("CEL failed on " + text, e);
                }
            };
        }, CelEngine::activation);
    }

    /** The event map with CEL's null for a missing value: a Java null would make the variable unknown, not null. */
    private static Map<String, Object> activation(PeerEvent event) {
        Map<String, Object> m = event.asMap();
        m.replaceAll((name, value) -> value == null ? NullValue.NULL_VALUE : value);
        return m;
    }
}
