package io.livedesk.rules.engine;

/**
 * Told which rule is about to fire, so that what its consequence writes is put down to that rule. This is how a
 * decision knows which rule decided without rule authors passing their rule's name around.
 */
public interface RuleTrail {

    void firing(String ruleName);
}
