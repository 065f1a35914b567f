package io.livedesk.application.internal;

import io.livedesk.application.AccountViews.UserRef;
import io.livedesk.application.ConversationService.AiAgentRef;
import io.livedesk.application.ConversationService.AttachmentView;
import io.livedesk.application.ConversationService.ContactRef;
import io.livedesk.application.ConversationService.ConversationSummary;
import io.livedesk.application.ConversationService.DecisionView;
import io.livedesk.application.ConversationService.MessageView;
import io.livedesk.application.ConversationService.TeamRef;
import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.assignment.AssignmentDecision;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.file.StoredFile;
import io.livedesk.domain.label.Label;
import io.livedesk.domain.message.Attachment;
import io.livedesk.domain.message.Message;
import io.livedesk.domain.team.Team;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

/** Turns conversations and messages into the views the API returns. Called inside the transaction. */
final class ConversationViews {

    private ConversationViews() {
    }

    static ConversationSummary summary(Conversation c) {
        return new ConversationSummary(c.getId(), c.getInbox().getId(), c.getInbox().getName(),
                new ContactRef(c.getContact().getId(), DefaultContactService.displayName(c.getContact()),
                        c.getContact().getAvatarUrl()),
                c.getStatus(), c.getPriority(), UserRef.of(c.getAssignee()), ref(c.getAiAssignee()), ref(c.getTeam()),
                c.getLabels().stream().map(Label::getTitle).sorted()
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                c.getLastMessagePreview(), c.getLastActivityAt(), c.getCreatedAt());
    }

    static DecisionView decision(AssignmentDecision d) {
        return new DecisionView(d.getId(), d.getTier(), d.getRuleId(), d.getRuleName(), UserRef.of(d.getAssignee()),
                ref(d.getAiAssignee()), ref(d.getTeam()), UserRef.of(d.getDecidedBy()), d.getExplanation(),
                d.getDecidedAt());
    }

    static MessageView message(Message m) {
        return new MessageView(m.getId(), m.getConversation().getId(), m.getMessageType(), m.getSenderKind(),
                UserRef.of(m.getSenderUser()), ref(m.getSenderAiAgent()), m.getContent(), m.getContentAttributes(),
                m.getDeliveryStatus(), m.getFailureCode(), m.getFailureReason(),
                m.getAttachments().stream().map(ConversationViews::attachment).toList(), m.getCreatedAt());
    }

    static AttachmentView attachment(Attachment a) {
        String copy = StoredFile.pathOf(a.getStorageKey());
        String url = copy != null ? copy : a.getRemoteUrl();
        return new AttachmentView(a.getId(), a.getKind(), url, a.getContentType(), a.getByteSize(), a.getFileName(),
                a.getCopyProblem());
    }

    static AiAgentRef ref(AiAgent agent) {
        return agent == null ? null : new AiAgentRef(agent.getId(), agent.getName());
    }

    static TeamRef ref(Team team) {
        return team == null ? null : new TeamRef(team.getId(), team.getName());
    }
}
