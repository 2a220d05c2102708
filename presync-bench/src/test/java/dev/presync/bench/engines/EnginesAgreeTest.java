package dev.presync.bench.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.presync.bench.engines.java.GeneratedJavaRules;
import dev.presync.bench.workload.Workload;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import dev.presync.runtime.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every engine gives presync's interpreter's actions on every benchmark event, on the sizes that
 * load in a second or two (bin/bench checks all sizes before timing). A broken translation to a
 * peer's language, or a bug in the generated Java, fails here rather than in a benchmark.
 */
class EnginesAgreeTest {
    private static final Workload TEN = Workload.of(10);
    private static final Workload HUNDRED = Workload.of(100);

    @ParameterizedTest
    @EnumSource(Contender.class)
    void agreesAtTenRules(Contender engine) {
        engine.prepare(TEN); // throws EngineDisagrees, naming the event, on any difference
    }

    @ParameterizedTest
    @EnumSource(Contender.class)
    void agreesAtHundredRules(Contender engine) {
        engine.prepare(HUNDRED);
    }

    @Test
    void generatedJavaAgreesOnTheSetWrittenByHand() {
        RuleSet generated = GeneratedJavaRules.load(TEN.rules());
        RuleEvent[] events = TEN.events();
        for (int i = 0; i < events.length; i++) {
            assertEquals(TEN.expected().get(i), generated.evaluate(events[i]), events[i].toString());
        }
    }

    @Test
    void aDisagreementStopsTheRun() {
        PreparedEngine silent = new PreparedEngine() {
            @Override
            public Object input(RuleEvent event) {
                return event;
            }

            @Override
            public List<Action> evaluate(Object input) {
                return List.of();
            }
        };
        assertThrows(Contender.EngineDisagrees.class, () -> Contender.verify(TEN, silent));
    }
}
