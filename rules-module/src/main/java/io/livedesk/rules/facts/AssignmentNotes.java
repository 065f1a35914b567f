package io.livedesk.rules.facts;

import io.livedesk.domain.conversation.Priority;
import io.livedesk.rules.engine.RuleCatalog;
import io.livedesk.rules.engine.RuleTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where assignment rules write what they want, as the DRL global {@code assignment}. Every matching rule writes
 * down its wish; the first in the written order decides and the others' wishes are not applied (they show in the
 * explanation as "also matched"). Routing rules ask for a team, an agent, the AI agent, a priority, labels; the
 * tier rules say the AI agent or a human takes it.
 */
public final class AssignmentNotes implements RuleTrail {

    /** What one rule asked for. */
    public static final class Wish {
        private final String ruleName;
        private String team;
        private String agent;
        private boolean aiAgent;
        private Priority priority;
        private final Set<String> labels = new LinkedHashSet<>();
        private boolean aiAgentTier;
        private boolean humanTier;

        Wish(String ruleName) {
            this.ruleName = ruleName;
        }

        public String ruleName() { return ruleName; }
        public String team() { return team; }
        public String agent() { return agent; }
        public boolean aiAgent() { return aiAgent; }
        public Priority priority() { return priority; }
        public Set<String> labels() { return Set.copyOf(labels); }
        /** A tier rule: the inbox's AI agent takes the conversation. */
        public boolean aiAgentTier() { return aiAgentTier; }
        /** A tier rule: a human agent of the inbox takes the conversation. */
        public boolean humanTier() { return humanTier; }
        /** A routing rule: anything else. */
        public boolean routing() { return !aiAgentTier && !humanTier; }
    }

    private final RuleCatalog catalog;
    private final Map<String, Wish> wishes = new LinkedHashMap<>();
    private String firing;

    public AssignmentNotes(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void firing(String ruleName) {
        this.firing = ruleName;
    }

    /** The conversation goes to this team; a human is chosen among its members. */
    public void assignToTeam(String team) { wish().team = team; }

    /** The conversation goes to this agent, named by e-mail address, when they can take it. */
    public void assignToAgent(String email) { wish().agent = email; }

    /** The inbox's AI agent takes the conversation. */
    public void assignToAiAgent() { wish().aiAgent = true; }

    public void setPriority(Priority priority) { wish().priority = priority; }

    public void addLabel(String label) { wish().labels.add(label); }

    /** For the AI agent tier's rule: the inbox's AI agent takes the conversation. */
    public void aiAgentTakesIt() { wish().aiAgentTier = true; }

    /** For the human tier's rule: a human agent of the inbox takes it. */
    public void humanAgentTakesIt() { wish().humanTier = true; }

    /** The wish of the first rule, in the written order, that wrote one. */
    public Optional<Wish> first() {
        return wishes.values().stream().min(byRank());
    }

    /** The rules that matched after the deciding one, in the written order. */
    public List<String> matchedAfter(Wish decided) {
        List<String> later = new ArrayList<>();
        wishes.values().stream().sorted(byRank())
                .filter(wish -> wish != decided && !wish.aiAgentTier && !wish.humanTier)
                .forEach(wish -> later.add(wish.ruleName));
        return later;
    }

    private Comparator<Wish> byRank() {
        return Comparator.comparingInt(wish -> catalog.rank(wish.ruleName));
    }

    private Wish wish() {
        if (firing == null) {
            throw new IllegalStateException("The assignment global is only for rule consequences");
        }
        return wishes.computeIfAbsent(firing, Wish::new);
    }
}
