package io.livedesk.rules;

import io.livedesk.rules.engine.CompiledRuleSet;
import io.livedesk.rules.engine.PackagedRules;
import io.livedesk.rules.engine.RuleSetCompiler;
import java.time.Clock;

/** The packaged rules, compiled once for every test class that only reads them. */
public final class TheRules {

    private static CompiledRuleSet packaged;

    private TheRules() {
    }

    public static synchronized CompiledRuleSet packaged() {
        if (packaged == null) {
            ClassLoader classLoader = TheRules.class.getClassLoader();
            RuleSetCompiler.Outcome outcome = new RuleSetCompiler(classLoader, Clock.systemUTC())
                    .compile(PackagedRules.load(classLoader));
            if (!outcome.succeeded()) {
                throw new AssertionError("The packaged rules do not compile: " + outcome.problems());
            }
            packaged = outcome.compiled();
        }
        return packaged;
    }
}
