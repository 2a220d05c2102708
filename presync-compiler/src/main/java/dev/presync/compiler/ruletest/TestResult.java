package dev.presync.compiler.ruletest;

import dev.presync.compiler.checked.CheckedTest;
import dev.presync.runtime.Action;
import java.util.List;

/** The outcome of one rule test: what the rule set really gave for the test's event. */
public record TestResult(CheckedTest test, List<Action> actual) {
    public TestResult {
        actual = List.copyOf(actual);
    }

    public boolean passed() {
        List<CheckedTest.Expected> expected = test.expected();
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).matches(actual.get(i))) {
                return false;
            }
        }
        return true;
    }
}
