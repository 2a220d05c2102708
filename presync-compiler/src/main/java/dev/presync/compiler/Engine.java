package dev.presync.compiler;

import dev.presync.compiler.checked.CheckedRuleSet;
import dev.presync.compiler.codegen.RuleSetCompiler;
import dev.presync.compiler.interp.Interpreter;
import dev.presync.runtime.RuleSet;

/** How a checked rule set is evaluated. Both give the same actions in the same order. */
public enum Engine {
    /** Bytecode in a hidden class: the fast path, and what ships. */
    COMPILED {
        @Override
        public RuleSet load(CheckedRuleSet rules) {
            return RuleSetCompiler.load(rules);
        }
    },
    /** The reference interpreter: the oracle the compiled code is tested against. */
    INTERPRETED {
        @Override
        public RuleSet load(CheckedRuleSet rules) {
            return new Interpreter(rules);
        }
    };

    public abstract RuleSet load(CheckedRuleSet rules);
}
