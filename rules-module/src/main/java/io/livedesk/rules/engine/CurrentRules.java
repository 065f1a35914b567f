package io.livedesk.rules.engine;

/** Hands a policy the rule set that decides now. */
public interface CurrentRules {

    /**
     * The active set. Before the first build at start-up finished, waits for it (a decision asked for during
     * start-up is late, not wrong); fails when no set could be built at all.
     */
    CompiledRuleSet current();
}
