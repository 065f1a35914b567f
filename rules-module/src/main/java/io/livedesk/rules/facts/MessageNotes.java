package io.livedesk.rules.facts;

import io.livedesk.application.policy.MessageDecision;
import io.livedesk.rules.engine.RuleCatalog;
import io.livedesk.rules.engine.RuleTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the rules of an automatic message write, as the DRL globals {@code greeting}, {@code outOfOffice} and
 * {@code survey}: a rule asks to send it, other rules hold it back with a reason. Holding back wins, so a rule
 * that says "not now" never depends on the order in which rules fire.
 */
public final class MessageNotes implements RuleTrail {

    private record Note(String ruleName, String reason) {
    }

    private final RuleCatalog catalog;
    private final List<Note> sends = new ArrayList<>();
    private final List<Note> holds = new ArrayList<>();
    private String firing;

    public MessageNotes(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void firing(String ruleName) {
        this.firing = ruleName;
    }

    public void send() {
        sends.add(new Note(firing, null));
    }

    public void doNotSend(String reason) {
        holds.add(new Note(firing, reason));
    }

    public MessageDecision decision() {
        Comparator<Note> written = Comparator.comparingInt(note -> catalog.rank(note.ruleName()));
        if (!holds.isEmpty()) {
            List<Note> ordered = holds.stream().sorted(written).toList();
            Note first = ordered.get(0);
            return new MessageDecision(false, RuleCatalog.idOf(first.ruleName()), first.ruleName(),
                    ordered.stream().map(note -> note.reason() + " (" + RuleCatalog.idOf(note.ruleName()) + ")").toList());
        }
        if (!sends.isEmpty()) {
            Note first = sends.stream().min(written).orElseThrow();
            return new MessageDecision(true, RuleCatalog.idOf(first.ruleName()), first.ruleName(), List.of());
        }
        return new MessageDecision(false, null, null, List.of("no rule asked for it"));
    }
}
