package io.livedesk.rules.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Every rule of a set by name, so a decision can tell which rule came first and report its id and place. */
public final class RuleCatalog {

    private final Map<String, RuleEntry> byName;

    RuleCatalog(Map<String, RuleEntry> byName) {
        this.byName = Map.copyOf(byName);
    }

    public Optional<RuleEntry> entry(String ruleName) {
        return Optional.ofNullable(byName.get(ruleName));
    }

    /**
     * The rank of a rule; a rule the catalogue does not know (it cannot happen for a set that passed the structure
     * check) goes last rather than failing a decision.
     */
    public int rank(String ruleName) {
        RuleEntry entry = byName.get(ruleName);
        return entry == null ? Integer.MAX_VALUE : entry.rank();
    }

    /** The id is the part of the name before the first space ("ROUTE-030"). */
    public static String idOf(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space > 0 ? ruleName.substring(0, space) : ruleName;
    }

    public Collection<RuleEntry> entries() {
        return byName.values();
    }

    public int size() {
        return byName.size();
    }
}
