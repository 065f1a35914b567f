package io.livedesk.application;

import io.livedesk.application.AccountViews.UserRef;
import io.livedesk.domain.assignment.AssignmentTier;
import io.livedesk.domain.conversation.ConversationStatus;
import io.livedesk.domain.conversation.Priority;
import io.livedesk.domain.message.AttachmentKind;
import io.livedesk.domain.message.DeliveryStatus;
import io.livedesk.domain.message.MessageType;
import io.livedesk.domain.message.SenderKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What agents do with conversations: list and filter them, read them, answer, write private notes,
 * assign, label, prioritise and change their status. An agent reaches only the conversations of the
 * inboxes they are a member of; anything else is reported as not found.
 */
public interface ConversationService {

    /** Whose conversations a list shows. */
    enum AssigneeFilter {
        /** Assigned to the caller. */
        MINE,
        /** Assigned to nobody, human or AI. */
        UNASSIGNED,
        /** Everything the caller can see. */
        ANY
    }

    /** Every field is optional: a null one does not narrow the list (a null status lists every status). */
    record ListQuery(Long inboxId, ConversationStatus status, AssigneeFilter assignee, Long assigneeId, Long teamId,
                     String label, String text, String cursor, int limit) {
    }

    record ContactRef(long id, String displayName, String avatarUrl) {
    }

    record AiAgentRef(long id, String name) {
    }

    record TeamRef(long id, String name) {
    }

    record ConversationSummary(long id, long inboxId, String inboxName, ContactRef contact, ConversationStatus status,
                               Priority priority, UserRef assignee, AiAgentRef aiAssignee, TeamRef team,
                               Set<String> labels, String lastMessagePreview, Instant lastActivityAt,
                               Instant createdAt) {
    }

    record DecisionView(long id, AssignmentTier tier, String ruleId, String ruleName, UserRef assignee,
                        AiAgentRef aiAssignee, TeamRef team, UserRef decidedBy, String explanation,
                        Instant decidedAt) {
    }

    /**
     * {@code referral}: where the customer came from (the channel's description, as JSON), when known.
     * {@code replyWindow}: how the channel lets agents answer now; null for a channel without one (an API inbox).
     */
    record ConversationDetail(ConversationSummary summary, Instant snoozedUntil, Instant lastCustomerMessageAt,
                              Instant resolvedAt, String referral, ChannelGateway.ReplyWindow replyWindow,
                              List<DecisionView> assignmentDecisions) {
    }

    /** {@code url} is LiveDesk's own copy once made, else the channel's link; {@code copyProblem} says why not. */
    record AttachmentView(long id, AttachmentKind kind, String url, String contentType, Long byteSize,
                          String fileName, String copyProblem) {
    }

    record MessageView(long id, long conversationId, MessageType messageType, SenderKind senderKind,
                       UserRef senderUser, AiAgentRef senderAiAgent, String content, String contentAttributes,
                       DeliveryStatus deliveryStatus, Integer failureCode, String failureReason,
                       List<AttachmentView> attachments, Instant createdAt) {
    }

    Page<ConversationSummary> list(Actor actor, ListQuery query);

    ConversationDetail get(Actor actor, long conversationId);

    /** Oldest first, from the given cursor on. */
    Page<MessageView> messages(Actor actor, long conversationId, String cursor, int limit);

    /** Starts a conversation with a contact in an inbox, as an agent would from the contact's page. */
    ConversationDetail start(Actor actor, long inboxId, long contactId);

    /** A reply to the customer: stored as queued until its channel sends it. */
    MessageView reply(Actor actor, long conversationId, String content);

    /** A file sent with a reply: a link the channel fetches it from (a LiveDesk file's path is made absolute). */
    record OutgoingAttachment(AttachmentKind kind, String url, String fileName) {
    }

    /** A reply with files; the text may then be empty. */
    MessageView reply(Actor actor, long conversationId, String content, List<OutgoingAttachment> attachments);

    /** Puts a reply that failed to send back in the outbox (its parts already sent stay sent). */
    MessageView retrySending(Actor actor, long conversationId, long messageId);

    MessageView addPrivateNote(Actor actor, long conversationId, String content);

    /** Assigns to a person (userId) or an AI agent (aiAgentId), or unassigns when both are null. */
    ConversationDetail assign(Actor actor, long conversationId, Long userId, Long aiAgentId);

    ConversationDetail assignTeam(Actor actor, long conversationId, Long teamId);

    ConversationDetail changeStatus(Actor actor, long conversationId, ConversationStatus status, Instant snoozedUntil);

    ConversationDetail changePriority(Actor actor, long conversationId, Priority priority);

    ConversationDetail replaceLabels(Actor actor, long conversationId, Set<String> labels);
}
