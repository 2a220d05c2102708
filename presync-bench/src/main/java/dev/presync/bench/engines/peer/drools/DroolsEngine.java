package dev.presync.bench.engines.peer.drools;

import dev.presync.bench.engines.PreparedEngine;
import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.runtime.Action;
import dev.presync.runtime.RuleEvent;
import java.util.List;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Drools 10 with the executable model ({@link DroolsRuleModel}), the mode its documentation
 * calls the fastest to build and to run. One stateful session is created once and reused: each
 * event is inserted, the rules fired, and the fact deleted again, so the session is empty between
 * events. Drools' stateless session (with or without sequential mode) builds a session per call:
 * measured 30 to 60 times slower, 4 to 13 KB per event (docs/performance.md).
 */
public final class DroolsEngine implements PreparedEngine {
    private final KieSession session;
    private final Fired fired = new Fired();

    private DroolsEngine(KieBase base) {
        session = base.newKieSession();
        session.setGlobal(DroolsRuleModel.GLOBAL, fired);
    }

    public static DroolsEngine prepare(CheckedRuleSet rules) {
        return new DroolsEngine(KieBaseBuilder.createKieBaseFromModel(DroolsRuleModel.of(rules)));
    }

    @Override
    public Object input(RuleEvent event) {
        return DroolsEvent.of(event);
    }

    @Override
    public List<Action> evaluate(Object input) {
        FactHandle handle = session.insert(input);
        session.fireAllRules();
        session.delete(handle);
        return fired.take();
    }
}
