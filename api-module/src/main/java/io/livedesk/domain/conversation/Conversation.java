package io.livedesk.domain.conversation;

import io.livedesk.domain.account.User;
import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.contact.Contact;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.label.Label;
import io.livedesk.domain.team.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The thread between one customer and the business in one inbox.
 *
 * <p>Lifecycle: a conversation is <em>opened</em> by a customer's first message (or an agent), then
 * <em>assigned</em> to an agent or an AI agent (automatically, by the assignment policy, or by hand),
 * and perhaps given a team, a priority and labels. Agents may set it <em>pending</em> while they wait on
 * the customer, or <em>snooze</em> it until a time; a customer message brings either back to open. It is
 * <em>resolved</em> when done (which may send a CSAT survey: <em>surveyed</em>) and <em>reopened</em> by
 * an agent; a customer who writes after resolution starts a new conversation.
 *
 * <p>At most one assignee at a time: a human agent or an AI agent, never both.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    private static final int PREVIEW_LENGTH = 280;

    @Id
    @SequenceGenerator(name = "conversation_seq", sequenceName = "conversation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inbox_id", nullable = false)
    private Inbox inbox;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_user_id")
    private User assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_ai_agent_id")
    private AiAgent aiAssignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    // The assignee columns again, read-only: list queries test them for null without touching the
    // relations, which the list fetches with outer joins that a null test on the relation would turn inner.
    @Column(name = "assignee_user_id", insertable = false, updatable = false)
    private Long assigneeId;

    @Column(name = "assignee_ai_agent_id", insertable = false, updatable = false)
    private Long aiAssigneeId;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "conversation_label",
            joinColumns = @JoinColumn(name = "conversation_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new LinkedHashSet<>();

    @Column(name = "snoozed_until")
    private Instant snoozedUntil;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /** When the customer last wrote: Messenger's reply window is counted from here. */
    @Column(name = "last_customer_message_at")
    private Instant lastCustomerMessageAt;

    @Column(name = "last_message_preview")
    private String lastMessagePreview;

    /** When the greeting went out: it goes once per conversation. */
    @Column(name = "greeting_sent_at")
    private Instant greetingSentAt;

    /** When the out-of-office message last went out: at most once a day. */
    @Column(name = "out_of_office_sent_at")
    private Instant outOfOfficeSentAt;

    /** Waiting for an agent since then (nobody could take it); null when assigned or not waiting. */
    @Column(name = "queued_since")
    private Instant queuedSince;

    /** Where the customer came from (an m.me link, an ad), as the channel described it (JSON). */
    @Column(name = "referral")
    private String referral;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(Inbox inbox, Contact contact, Instant now) {
        this.inbox = Objects.requireNonNull(inbox);
        this.contact = Objects.requireNonNull(contact);
        this.status = ConversationStatus.OPEN;
        this.priority = Priority.NONE;
        this.lastActivityAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A customer wrote: the conversation comes back to the team's attention. */
    public void customerWrote(String preview, Instant at) {
        // Deliveries can come out of order: the reply window counts from the latest message, whatever came last.
        if (lastCustomerMessageAt == null || at.isAfter(lastCustomerMessageAt)) {
            this.lastCustomerMessageAt = at;
        }
        if (status == ConversationStatus.PENDING || status == ConversationStatus.SNOOZED) {
            this.status = ConversationStatus.OPEN;
            this.snoozedUntil = null;
        }
        touch(preview, at);
    }

    /** Someone on the business side wrote (an agent, an AI agent, the Page itself, or the system). */
    public void businessWrote(String preview, Instant at) {
        touch(preview, at);
    }

    /** A message that arrives late (deliveries can come out of order) neither becomes the preview nor moves time back. */
    private void touch(String preview, Instant at) {
        boolean latest = !at.isBefore(lastActivityAt);
        if (preview != null && (latest || lastMessagePreview == null)) {
            this.lastMessagePreview = preview.length() > PREVIEW_LENGTH
                    ? preview.substring(0, PREVIEW_LENGTH - 1) + "…" : preview;
        }
        if (latest) {
            this.lastActivityAt = at;
        }
        if (updatedAt == null || at.isAfter(updatedAt)) {
            this.updatedAt = at;
        }
    }

    public void assignTo(User agent, Instant now) {
        this.queuedSince = null;
        this.assignee = agent;
        this.aiAssignee = null;
        this.assigneeId = agent.getId();
        this.aiAssigneeId = null;
        this.updatedAt = now;
    }

    public void assignTo(AiAgent agent, Instant now) {
        this.queuedSince = null;
        this.aiAssignee = agent;
        this.assignee = null;
        this.aiAssigneeId = agent.getId();
        this.assigneeId = null;
        this.updatedAt = now;
    }

    public void unassign(Instant now) {
        this.assignee = null;
        this.aiAssignee = null;
        this.assigneeId = null;
        this.aiAssigneeId = null;
        this.updatedAt = now;
    }

    public void assignTeam(Team team, Instant now) {
        this.team = team;
        this.updatedAt = now;
    }

    public void prioritize(Priority priority, Instant now) {
        this.priority = priority;
        this.updatedAt = now;
    }

    public void open(Instant now) {
        this.status = ConversationStatus.OPEN;
        this.snoozedUntil = null;
        this.resolvedAt = null;
        this.updatedAt = now;
    }

    public void markPending(Instant now) {
        this.status = ConversationStatus.PENDING;
        this.snoozedUntil = null;
        this.updatedAt = now;
    }

    public void snoozeUntil(Instant until, Instant now) {
        this.status = ConversationStatus.SNOOZED;
        this.snoozedUntil = until;
        this.updatedAt = now;
    }

    public void resolve(Instant now) {
        this.queuedSince = null;
        this.status = ConversationStatus.RESOLVED;
        this.snoozedUntil = null;
        this.resolvedAt = now;
        this.updatedAt = now;
    }

    public boolean addLabel(Label label) { return labels.add(label); }
    public boolean removeLabel(Label label) { return labels.remove(label); }

    /** The customer arrived through a link or an ad; the latest referral is the one kept. */
    public void cameFrom(String referralJson, Instant now) {
        this.referral = referralJson;
        this.updatedAt = now;
    }

    public String getReferral() { return referral; }

    public void greeted(Instant at) { this.greetingSentAt = at; }

    public void outOfOfficeSent(Instant at) { this.outOfOfficeSentAt = at; }

    /** Nobody could take the conversation: it waits, and keeps its place in the queue if it already waited. */
    public void waitForAnAgent(Instant now) {
        if (queuedSince == null) {
            this.queuedSince = now;
        }
    }

    public Instant getGreetingSentAt() { return greetingSentAt; }
    public Instant getOutOfOfficeSentAt() { return outOfOfficeSentAt; }
    public Instant getQueuedSince() { return queuedSince; }

    public boolean isUnassigned() {
        return assigneeId == null && aiAssigneeId == null;
    }

    public Long getId() { return id; }
    public Inbox getInbox() { return inbox; }
    public Contact getContact() { return contact; }
    public ConversationStatus getStatus() { return status; }
    public Priority getPriority() { return priority; }
    public User getAssignee() { return assignee; }
    public AiAgent getAiAssignee() { return aiAssignee; }
    public Team getTeam() { return team; }
    public Set<Label> getLabels() { return labels; }
    public Instant getSnoozedUntil() { return snoozedUntil; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Instant getLastCustomerMessageAt() { return lastCustomerMessageAt; }
    public String getLastMessagePreview() { return lastMessagePreview; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
