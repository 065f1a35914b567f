package io.livedesk.domain.csat;

import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.inbox.Inbox;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The satisfaction survey of a resolved conversation, at most one per conversation, and the customer's
 * answer to it: a rating from 1 to 5 and optional feedback. When the survey could not be sent, the reason
 * is kept instead, so reports can tell "not asked" from "did not answer".
 */
@Entity
@Table(name = "csat_survey")
public class CsatSurvey {

    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    @Id
    @SequenceGenerator(name = "csat_survey_seq", sequenceName = "csat_survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "csat_survey_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", nullable = false)
    private Conversation conversation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inbox_id", nullable = false)
    private Inbox inbox;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CsatSurveyStatus status;

    @Column(name = "not_sent_reason")
    private String notSentReason;

    private Integer rating;

    private String feedback;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CsatSurvey() {
    }

    public static CsatSurvey sent(Conversation conversation, Instant at) {
        CsatSurvey survey = new CsatSurvey(conversation, CsatSurveyStatus.SENT, at);
        survey.sentAt = at;
        return survey;
    }

    public static CsatSurvey notSent(Conversation conversation, String reason, Instant at) {
        CsatSurvey survey = new CsatSurvey(conversation, CsatSurveyStatus.NOT_SENT, at);
        survey.notSentReason = reason;
        return survey;
    }

    private CsatSurvey(Conversation conversation, CsatSurveyStatus status, Instant at) {
        this.conversation = conversation;
        this.inbox = conversation.getInbox();
        this.status = status;
        this.createdAt = at;
    }

    public void answer(int rating, String feedback, Instant at) {
        if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
            throw new IllegalArgumentException("A rating is from " + LOWEST_RATING + " to " + HIGHEST_RATING);
        }
        this.rating = rating;
        this.feedback = feedback;
        this.status = CsatSurveyStatus.ANSWERED;
        this.respondedAt = at;
    }

    public Long getId() { return id; }
    public Conversation getConversation() { return conversation; }
    public Inbox getInbox() { return inbox; }
    public CsatSurveyStatus getStatus() { return status; }
    public String getNotSentReason() { return notSentReason; }
    public Integer getRating() { return rating; }
    public String getFeedback() { return feedback; }
    public Instant getSentAt() { return sentAt; }
    public Instant getRespondedAt() { return respondedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
