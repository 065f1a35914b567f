package io.livedesk.domain.message;

import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.account.User;
import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.inbox.Inbox;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a conversation: the customer's, an agent's reply, an AI agent's, a reply typed in the
 * channel's own tool, a system message, or a private note between agents.
 *
 * <p>An incoming message carries the channel's id for it ({@code externalId}, Facebook's {@code mid}),
 * unique per inbox, so a redelivered webhook adds nothing. An outgoing message starts QUEUED, becomes
 * SENT with the channel's id once accepted (so its echo is recognised), then DELIVERED and READ as the
 * channel reports; or FAILED with the channel's error code and a reason a person can act on.
 */
@Entity
@Table(name = "message")
public class Message {

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", nullable = false)
    private Conversation conversation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inbox_id", nullable = false)
    private Inbox inbox;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_type", nullable = false)
    private MessageType messageType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", nullable = false)
    private SenderKind senderKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_user_id")
    private User senderUser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_ai_agent_id")
    private AiAgent senderAiAgent;

    private String content;

    /** Channel details that do not need their own column (quick-reply payload, reply-to, referral), as JSON. */
    @Column(name = "content_attributes")
    private String contentAttributes;

    @Column(name = "external_id")
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", nullable = false)
    private DeliveryStatus deliveryStatus;

    @Column(name = "failure_code")
    private Integer failureCode;

    @Column(name = "failure_reason")
    private String failureReason;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    /** Outbox: how many times sending was tried, and when it is next due (null once it left the outbox). */
    @Column(name = "send_attempts", nullable = false)
    private int sendAttempts;

    @Column(name = "next_send_at")
    private Instant nextSendAt;

    /** A long text goes out in several parts; the parts the channel already took are never sent again. */
    @Column(name = "parts_sent", nullable = false)
    private int partsSent;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Message() {
    }

    private Message(Conversation conversation, MessageType type, SenderKind senderKind, String content,
                    DeliveryStatus status, Instant at) {
        this.conversation = conversation;
        this.inbox = conversation.getInbox();
        this.messageType = type;
        this.senderKind = senderKind;
        this.content = content;
        this.deliveryStatus = status;
        this.createdAt = at;
        this.updatedAt = at;
        // Replies in an API inbox are collected by the integration that feeds it: only channel inboxes send.
        if (status == DeliveryStatus.QUEUED && inbox.getChannelType() != ChannelType.API) {
            this.nextSendAt = at;
        }
    }

    /** A customer's message as the channel delivered it. */
    public static Message incoming(Conversation conversation, String content, String externalId, Instant at) {
        Message message = new Message(conversation, MessageType.INCOMING, SenderKind.CUSTOMER, content,
                DeliveryStatus.RECEIVED, at);
        message.externalId = externalId;
        return message;
    }

    /** An agent's reply, queued for its channel. */
    public static Message replyFrom(User agent, Conversation conversation, String content, Instant at) {
        Message message = new Message(conversation, MessageType.OUTGOING, SenderKind.AGENT, content,
                DeliveryStatus.QUEUED, at);
        message.senderUser = agent;
        return message;
    }

    /** An AI agent's reply, queued for its channel. */
    public static Message replyFrom(AiAgent agent, Conversation conversation, String content, Instant at) {
        Message message = new Message(conversation, MessageType.OUTGOING, SenderKind.AI_AGENT, content,
                DeliveryStatus.QUEUED, at);
        message.senderAiAgent = agent;
        return message;
    }

    /** A message LiveDesk itself sends (greeting, out-of-office, survey), queued for its channel. */
    public static Message system(Conversation conversation, String content, Instant at) {
        return new Message(conversation, MessageType.OUTGOING, SenderKind.SYSTEM, content, DeliveryStatus.QUEUED, at);
    }

    /** A reply someone typed in the channel's own tool, seen as an echo: already sent. */
    public static Message sentOutsideLiveDesk(Conversation conversation, String content, String externalId, Instant at) {
        Message message = new Message(conversation, MessageType.OUTGOING, SenderKind.PAGE_OUTSIDE_LIVEDESK, content,
                DeliveryStatus.SENT, at);
        message.externalId = externalId;
        message.sentAt = at;
        return message;
    }

    /** A note between agents; the customer never sees it. */
    public static Message privateNote(User agent, Conversation conversation, String content, Instant at) {
        Message message = new Message(conversation, MessageType.PRIVATE_NOTE, SenderKind.AGENT, content,
                DeliveryStatus.STORED, at);
        message.senderUser = agent;
        return message;
    }

    public Attachment attach(AttachmentKind kind, String remoteUrl, String fileName) {
        Attachment attachment = new Attachment(this, kind, remoteUrl, fileName, createdAt);
        attachments.add(attachment);
        return attachment;
    }

    public void describeWith(String contentAttributesJson) {
        this.contentAttributes = contentAttributesJson;
    }

    public void sent(String externalId, Instant at) {
        this.externalId = externalId;
        this.sentAt = at;
        this.nextSendAt = null;
        advanceTo(DeliveryStatus.SENT, at);
    }

    /**
     * The channel took one more part of this message. The first part's id becomes the message's external id (the
     * one delivery and read reports and the customer's replies refer to); the message is sent once every part is.
     */
    public void partSent(String partExternalId, int partCount, Instant at) {
        if (partsSent == 0) {
            this.externalId = partExternalId;
            this.sentAt = at;
        }
        this.partsSent++;
        this.updatedAt = at;
        if (partsSent >= partCount) {
            this.nextSendAt = null;
            advanceTo(DeliveryStatus.SENT, at);
        }
    }

    /** An agent asked to try a failed message again: back in the outbox, with a fresh count of attempts. */
    public void requeue(Instant now) {
        this.deliveryStatus = DeliveryStatus.QUEUED;
        this.sendAttempts = 0;
        this.nextSendAt = now;
        this.failureCode = null;
        this.failureReason = null;
        this.updatedAt = now;
    }

    /** Sending failed for now (network, rate limit): due again at {@code next}, with the reason kept for agents. */
    public void sendingDeferred(Instant next, Integer code, String reason, Instant at) {
        this.sendAttempts++;
        this.nextSendAt = next;
        this.failureCode = code;
        this.failureReason = reason;
        this.updatedAt = at;
    }

    /** A customer changed the text of their message in Messenger; the original stays in the attributes. */
    public void editedByCustomer(String newText, String attributesJson, Instant at) {
        this.content = newText;
        this.contentAttributes = attributesJson;
        this.updatedAt = at;
    }

    public void delivered(Instant at) { advanceTo(DeliveryStatus.DELIVERED, at); }

    public void read(Instant at) { advanceTo(DeliveryStatus.READ, at); }

    public void failed(Integer code, String reason, Instant at) {
        this.deliveryStatus = DeliveryStatus.FAILED;
        this.nextSendAt = null;
        this.failureCode = code;
        this.failureReason = reason;
        this.updatedAt = at;
    }

    /** Delivery reports may arrive out of order: a status never moves backwards (READ stays READ). */
    private void advanceTo(DeliveryStatus next, Instant at) {
        if (deliveryStatus == DeliveryStatus.FAILED || next.ordinal() > deliveryStatus.ordinal()) {
            this.deliveryStatus = next;
            this.updatedAt = at;
        }
    }

    public boolean isOutgoing() { return messageType == MessageType.OUTGOING; }

    public int getSendAttempts() { return sendAttempts; }
    public Instant getNextSendAt() { return nextSendAt; }
    public int getPartsSent() { return partsSent; }
    public Instant getSentAt() { return sentAt; }
    public Long getId() { return id; }
    public Conversation getConversation() { return conversation; }
    public Inbox getInbox() { return inbox; }
    public MessageType getMessageType() { return messageType; }
    public SenderKind getSenderKind() { return senderKind; }
    public User getSenderUser() { return senderUser; }
    public AiAgent getSenderAiAgent() { return senderAiAgent; }
    public String getContent() { return content; }
    public String getContentAttributes() { return contentAttributes; }
    public String getExternalId() { return externalId; }
    public DeliveryStatus getDeliveryStatus() { return deliveryStatus; }
    public Integer getFailureCode() { return failureCode; }
    public String getFailureReason() { return failureReason; }
    public List<Attachment> getAttachments() { return attachments; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
