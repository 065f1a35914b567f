package io.livedesk.rules.engine;

import java.time.Instant;
import java.util.Collection;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A rule set that compiled and kept its structure: ready to decide. Shared by every request thread; each run
 * gets its own stateless session, so runs never see each other's facts or globals.
 *
 * <p>The sessions behind the stateless ones come from a pool: creating a session costs more than a whole run of
 * the rules, and a pooled one is reset (facts, globals, listeners) when it goes back.
 */
public final class CompiledRuleSet {

    private final RuleSet source;
    private final KieBase kieBase;
    private final RuleCatalog catalog;
    private final Instant compiledAt;
    private final KieSessionsPool sessions;

    CompiledRuleSet(RuleSet source, KieBase kieBase, RuleCatalog catalog, Instant compiledAt) {
        this.source = source;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.catalog = catalog;
        this.compiledAt = compiledAt;
    }

    /**
     * Inserts the facts, sets one global (the object the rules write their decision into), and fires every rule
     * that matches. The trail hears each rule's name just before its consequence runs.
     */
    public void run(Collection<?> facts, String globalName, RuleTrail decision) {
        StatelessKieSession session = sessions.newStatelessKieSession();
        session.setGlobal(globalName, decision);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                decision.firing(event.getMatch().getRule().getName());
            }
        });
        session.execute(facts);
    }

    public RuleSet source() {
        return source;
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(pkg -> pkg.getRules().size()).sum();
    }

    public Instant compiledAt() {
        return compiledAt;
    }
}
