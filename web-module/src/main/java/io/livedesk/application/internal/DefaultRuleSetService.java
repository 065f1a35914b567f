package io.livedesk.application.internal;

import io.livedesk.application.AccountViews.UserRef;
import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.RuleSetService;
import io.livedesk.application.policy.AssignmentOutcome;
import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.AssignmentSimulation;
import io.livedesk.application.policy.AssignmentSimulator;
import io.livedesk.application.policy.RuleBaseStatus;
import io.livedesk.application.policy.RuleFile;
import io.livedesk.application.policy.RuleSetManagement;
import io.livedesk.application.policy.RuleSetValidation;
import io.livedesk.domain.account.Role;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.policy.PublishedRuleSet;
import io.livedesk.infrastructure.persistence.AssignmentRepository;
import io.livedesk.infrastructure.persistence.ConversationRepository;
import io.livedesk.infrastructure.persistence.PublishedRuleSetRepository;
import io.livedesk.infrastructure.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class DefaultRuleSetService implements RuleSetService {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int HISTORY_SHOWN = 100;
    static final int MAX_SIMULATED = 200;

    @Inject
    RuleSetManagement rules;

    @Inject
    RuleBaseStatus status;

    @Inject
    AssignmentSimulator simulator;

    @Inject
    PublishedRuleSetRepository published;

    @Inject
    UserRepository users;

    @Inject
    ConversationRepository conversations;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AssignmentFacts facts;

    @Inject
    AccessGuard access;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "livedesk")
    EntityManager em;

    @Override
    public Overview overview(Actor actor) {
        requireRulesEditor(actor);
        return new Overview(rules.activeVersion().orElse(null), status.status(),
                rules.activeFiles().stream().map(RuleFile::path).toList());
    }

    @Override
    public RuleFile file(Actor actor, String path) {
        requireRulesEditor(actor);
        return rules.activeFile(path).orElseThrow(() -> new DomainProblem.NotFound("Rule file", path));
    }

    @Override
    public RuleSetValidation validate(Actor actor, List<RuleFile> changes) {
        requireRulesEditor(actor);
        return rules.validate(withChanges(changes));
    }

    @Override
    public PublishOutcome publish(Actor actor, List<RuleFile> changes, String note) {
        requireRulesEditor(actor);
        return publishSet(actor, withChanges(changes), note);
    }

    @Override
    public List<Published> history(Actor actor) {
        requireRulesEditor(actor);
        return published.newestFirst(HISTORY_SHOWN).stream().map(DefaultRuleSetService::view).toList();
    }

    @Override
    public PublishOutcome rollback(Actor actor, long publishedId) {
        requireRulesEditor(actor);
        PublishedRuleSet earlier = published.find(publishedId)
                .orElseThrow(() -> new DomainProblem.NotFound("Published rule set", publishedId));
        return publishSet(actor, filesOf(earlier), "Rollback to version " + earlier.getVersion() + " (published "
                + earlier.getPublishedAt() + ")");
    }

    @Override
    public Simulation simulate(Actor actor, List<RuleFile> changes, List<Long> conversationIds, Integer last) {
        requireRulesEditor(actor);
        List<Conversation> cases = new ArrayList<>();
        if (conversationIds != null && !conversationIds.isEmpty()) {
            for (Long id : conversationIds.subList(0, Math.min(conversationIds.size(), MAX_SIMULATED))) {
                cases.add(conversations.find(id).orElseThrow(() -> new DomainProblem.NotFound("Conversation", id)));
            }
        } else {
            int count = last == null ? 20 : Math.max(1, Math.min(last, MAX_SIMULATED));
            cases = em.createQuery("SELECT c FROM Conversation c ORDER BY c.createdAt DESC, c.id DESC",
                    Conversation.class).setMaxResults(count).getResultList();
        }
        List<AssignmentRequest> requests = cases.stream().map(c -> new AssignmentRequest(facts.inbox(c.getInbox()),
                facts.conversation(c, textOf(c)), facts.candidates(c.getInbox()), clock.instant())).toList();
        AssignmentSimulation simulation = simulator.simulate(withChanges(changes), requests);
        List<SimulatedDecision> decisions = new ArrayList<>();
        for (int i = 0; i < simulation.cases().size(); i++) {
            AssignmentSimulation.SimulatedCase decided = simulation.cases().get(i);
            decisions.add(new SimulatedDecision(cases.get(i).getId(), cases.get(i).getInbox().getName(),
                    decision(decided.active()), decision(decided.draft()), decided.changed()));
        }
        return new Simulation(simulation.draft(), decisions,
                (int) decisions.stream().filter(SimulatedDecision::changed).count());
    }

    /** Administrators and rules editors own the rules; agents do not. */
    private static void requireRulesEditor(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR && actor.role() != Role.RULES_EDITOR) {
            throw new DomainProblem.Forbidden("Only an administrator or a rules editor may do this.");
        }
    }

    private String textOf(Conversation conversation) {
        String text = assignments.latestCustomerText(conversation.getId());
        return text == null ? "" : text;
    }

    /** Validated, recorded with who and when, then activated; an invalid set is neither recorded nor activated. */
    private PublishOutcome publishSet(Actor actor, List<RuleFile> files, String note) {
        RuleSetValidation validation = rules.validate(files);
        if (!validation.valid()) {
            return new PublishOutcome(validation, null);
        }
        PublishedRuleSet entry = published.add(new PublishedRuleSet(validation.version(), json(files),
                validation.ruleCount(), note == null || note.isBlank() ? null : note.strip(),
                users.find(actor.userId()).orElse(null), clock.instant()));
        published.flush();
        RuleSetValidation activated = rules.activate(files);
        return new PublishOutcome(activated, view(entry));
    }

    /** The active files with the changed ones replaced (or added). */
    private List<RuleFile> withChanges(List<RuleFile> changes) {
        Map<String, RuleFile> files = new LinkedHashMap<>();
        rules.activeFiles().forEach(f -> files.put(f.path(), f));
        if (changes != null) {
            for (RuleFile change : changes) {
                if (change == null || change.path() == null || change.content() == null) {
                    throw new DomainProblem.Invalid("Each file needs a path and a content.");
                }
                files.put(change.path(), change);
            }
        }
        return List.copyOf(files.values());
    }

    static String json(List<RuleFile> files) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        files.forEach(f -> object.add(f.path(), f.content()));
        return object.build().toString();
    }

    static List<RuleFile> filesOf(PublishedRuleSet entry) {
        List<RuleFile> files = new ArrayList<>();
        JSON.createReader(new StringReader(entry.getFiles())).readObject().forEach((path, content) ->
                files.add(new RuleFile(path, ((jakarta.json.JsonString) content).getString())));
        return files;
    }

    private static Published view(PublishedRuleSet entry) {
        return new Published(entry.getId(), entry.getVersion(), entry.getRuleCount(), entry.getNote(),
                UserRef.of(entry.getPublishedBy()), entry.getPublishedAt());
    }

    private static Decision decision(AssignmentOutcome outcome) {
        return new Decision(outcome.tier(), outcome.ruleId(), outcome.ruleName(), outcome.action().team(),
                outcome.assignee(), outcome.aiAgent(), outcome.explanation().describe());
    }

}
