package dev.presync.bench.engines;

import dev.presync.bench.engines.java.GeneratedJavaRules;
import dev.presync.bench.engines.java.HandWrittenTenRules;
import dev.presync.bench.engines.peer.AviatorEngine;
import dev.presync.bench.engines.peer.CelEngine;
import dev.presync.bench.engines.peer.JexlEngine;
import dev.presync.bench.engines.peer.MvelEngine;
import dev.presync.bench.engines.peer.SpelEngine;
import dev.presync.bench.engines.peer.drools.DroolsEngine;
import dev.presync.bench.workload.Workload;
import dev.presync.compiler.Engine;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import java.util.List;
import java.util.function.Function;

/** Every engine in the comparison, by the id the benchmark's {@code engine} parameter uses. */
public enum Contender {
    /** The physical limit: written by hand for 10 rules, generated Java source compiled by javac above that. */
    JAVA("java", w -> new PresyncEngine(w.size() == 10 ? new HandWrittenTenRules() : GeneratedJavaRules.load(w.rules()))),
    PRESYNC_COMPILED("presync-compiled", w -> new PresyncEngine(Engine.COMPILED.load(w.rules()))),
    /** The same compiled rule set through the allocation-free sink API. */
    PRESYNC_SINK("presync-sink", w -> new PresyncSinkEngine(Engine.COMPILED.load(w.rules()))),
    PRESYNC_INTERPRETED("presync-interpreted", w -> new PresyncEngine(Engine.INTERPRETED.load(w.rules()))),
    SPEL("spel", w -> SpelEngine.prepare(w.rules())),
    AVIATOR("aviator", w -> AviatorEngine.prepare(w.rules())),
    MVEL("mvel", w -> MvelEngine.prepare(w.rules())),
    JEXL("jexl", w -> JexlEngine.prepare(w.rules())),
    CEL("cel", w -> CelEngine.prepare(w.rules())),
    /** Drools 10, executable model built with its Java DSL, one reused stateful session. */
    DROOLS("drools", w -> DroolsEngine.prepare(w.rules()));

    private final String id;
    private final Function<Workload, PreparedEngine> loader;

    Contender(String id, Function<Workload, PreparedEngine> loader) {
        this.id = id;
        this.loader = loader;
    }

    public String id() {
        return id;
    }

    PreparedEngine load(Workload w) {
        return loader.apply(w);
    }

    /**
     * Loads the engine with the workload's rules and checks that it gives exactly the
     * interpreter's actions for every event; throws, naming the first disagreement, if not.
     */
    public PreparedEngine prepare(Workload w) {
        PreparedEngine engine = load(w);
        verify(w, engine);
        return engine;
    }

    static void verify(Workload w, PreparedEngine engine) {
        RuleEvent[] events = w.events();
        for (int i = 0; i < events.length; i++) {
            List<Action> actual = engine.evaluate(engine.input(events[i]));
            if (!w.expected().get(i).equals(actual)) {
                throw new EngineDisagrees("engine disagrees with presync's interpreter at " + w.size()
                        + " rules on event " + i + " " + events[i] + ":\n  expected " + w.expected().get(i)
                        + "\n  actual   " + actual);
            }
        }
    }

    public static Contender byId(String id) {
        for (Contender c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown engine " + id);
    }

    /** An engine computed different actions from the oracle: nothing may be timed. */
    public static final class EngineDisagrees extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        EngineDisagrees(String message) {
            super(message);
        }
    }
}
