package io.livedesk.application.internal;

import io.livedesk.application.policy.BusinessHoursOutcome;
import io.livedesk.application.policy.BusinessHoursPolicy;
import io.livedesk.application.policy.CsatPolicy;
import io.livedesk.application.policy.GreetingPolicy;
import io.livedesk.application.policy.GreetingRequest;
import io.livedesk.application.policy.MessageDecision;
import io.livedesk.application.policy.OutOfOfficeRequest;
import io.livedesk.application.policy.SurveyRequest;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.csat.CsatSurvey;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.message.Message;
import io.livedesk.infrastructure.persistence.AssignmentRepository;
import io.livedesk.infrastructure.persistence.ConversationRepository.FollowUpSwitches;
import io.livedesk.infrastructure.persistence.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The messages LiveDesk sends on its own, when the rules say so: the greeting when a customer starts a
 * conversation, the out-of-office message outside business hours, the satisfaction survey when a conversation is
 * resolved. They go out through the outbox like any reply, within the same reply window. Runs in the caller's
 * transaction, with the conversation locked by the caller, so each is sent once.
 */
@ApplicationScoped
public class AutomaticMessages {

    static final String SURVEY_TEXT = "How would you rate the help you got? Reply with a number from 1 (poor) "
            + "to 5 (excellent).";

    @Inject
    GreetingPolicy greeting;

    @Inject
    BusinessHoursPolicy businessHours;

    @Inject
    CsatPolicy csat;

    @Inject
    AssignmentRepository assignments;

    @Inject
    MessageRepository messages;

    @Inject
    Event<MessageQueued> queued;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "livedesk")
    EntityManager em;

    /**
     * Whether the inbox could send anything after a customer's message at all: a greeting needs a new conversation
     * and the greeting switched on with a text, an out-of-office message needs business hours switched on and a
     * text. The switches are the administrator's and the rules decide within them, so most messages (a conversation
     * going on, in an inbox without these) cost the caller's one small read instead of a row lock and two rule runs.
     */
    static boolean mayWrite(FollowUpSwitches inbox, boolean newConversation) {
        boolean mayGreet = newConversation && inbox.greetingEnabled() && hasText(inbox.greetingMessage());
        boolean mayTellClosed = inbox.businessHoursEnabled() && hasText(inbox.outOfOfficeMessage());
        return mayGreet || mayTellClosed;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** After a customer's message: the greeting (a new conversation only) and the out-of-office message. */
    @Transactional
    public void afterCustomerMessage(long conversationId, boolean newConversation) {
        assignments.lockConversation(conversationId)
                .ifPresent(conversation -> afterCustomerMessage(conversation, newConversation));
    }

    private void afterCustomerMessage(Conversation conversation, boolean newConversation) {
        Inbox inbox = conversation.getInbox();
        Instant now = clock.instant();
        if (newConversation) {
            MessageDecision greet = greeting.decide(new GreetingRequest(conversation.getId(),
                    inbox.isGreetingEnabled(), true, conversation.getGreetingSentAt() != null));
            if (greet.send() && inbox.getGreetingMessage() != null) {
                send(conversation, inbox.getGreetingMessage(), now);
                conversation.greeted(now);
            }
        }
        BusinessHoursOutcome hours = businessHours.check(new OutOfOfficeRequest(conversation.getId(),
                AssignmentFacts.openingHours(inbox), inbox.getOutOfOfficeMessage() != null
                && !inbox.getOutOfOfficeMessage().isBlank(), conversation.getOutOfOfficeSentAt(),
                assignments.lastAgentReplyAt(conversation.getId()), now));
        if (hours.outOfOffice().send()) {
            send(conversation, inbox.getOutOfOfficeMessage(), now);
            conversation.outOfOfficeSent(now);
        }
    }

    /** After a conversation was resolved: the survey, or the reason it was not sent, recorded once. */
    public void afterResolved(Conversation conversation) {
        Instant now = clock.instant();
        boolean alreadyAsked = !em.createQuery("SELECT s.id FROM CsatSurvey s WHERE s.conversation.id = :id",
                Long.class).setParameter("id", conversation.getId()).getResultList().isEmpty();
        if (alreadyAsked || !conversation.getInbox().isCsatEnabled()) {
            return;
        }
        MessageDecision survey = csat.decide(new SurveyRequest(conversation.getId(), true, true, false,
                conversation.getLastCustomerMessageAt(), now));
        if (survey.send()) {
            send(conversation, SURVEY_TEXT, now);
            em.persist(CsatSurvey.sent(conversation, now));
        } else {
            em.persist(CsatSurvey.notSent(conversation, String.join("; ", survey.reasons()), now));
        }
    }

    private void send(Conversation conversation, String text, Instant now) {
        Message message = messages.add(Message.system(conversation, text, now));
        conversation.businessWrote(text, now);
        messages.flush();
        queued.fire(new MessageQueued(message.getId()));
    }
}
