package dev.presync.bench.engines;

import dev.presync.bench.engines.java.GeneratedJavaRules;
import dev.presync.bench.engines.java.HandWrittenTenRules;
import dev.presync.bench.engines.peer.AviatorEngine;
import dev.presync.bench.engines.peer.CelEngine;
import dev.presync.bench.engines.peer.JexlEngine;
import dev.presync.bench.engines.peer.MvelEngine;
import dev.presync.bench.engines.peer.SpelEngine;
import dev.presync.bench.workload.Workload;
import dev.presync.compiler.Engine;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import java.util.List;

/** Every engine in the comparison, by the id the benchmark's {@code engine} parameter uses. */
public enum Contender {
    /** The physical limit: written by hand for 10 rules, generated Java source compiled by javac above that. */
    JAVA("java") {
        @Override
        PreparedEngine load(Workload w) {
            return new PresyncEngine(w.size() == 10 ? new HandWrittenTenRules() : GeneratedJavaRules.load(w.rules()));
        }
    },
    PRESYNC_COMPILED("presync-compiled") {
        @Override
        PreparedEngine load(Workload w) {
            return new PresyncEngine(Engine.COMPILED.load(w.rules()));
        }
    },
    PRESYNC_INTERPRETED("presync-interpreted") {
        @Override
        PreparedEngine load(Workload w) {
            return new PresyncEngine(Engine.INTERPRETED.load(w.rules()));
        }
    },
    SPEL("spel") {
        @Override
        PreparedEngine load(Workload w) {
            return SpelEngine.prepare(w.rules());
        }
    },
    AVIATOR("aviator") {
        @Override
        PreparedEngine load(Workload w) {
            return AviatorEngine.prepare(w.rules());
        }
    },
    MVEL("mvel") {
        @Override
        PreparedEngine load(Workload w) {
            return MvelEngine.prepare(w.rules());
        }
    },
    JEXL("jexl") {
        @Override
        PreparedEngine load(Workload w) {
            return JexlEngine.prepare(w.rules());
        }
    },
    CEL("cel") {
        @Override
        PreparedEngine load(Workload w) {
            return CelEngine.prepare(w.rules());
        }
    };

    private final String id;

    Contender(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    abstract PreparedEngine load(Workload w);

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
