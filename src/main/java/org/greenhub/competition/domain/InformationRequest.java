package org.greenhub.competition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/** A manager's question to the applicant, with a deadline; answered once. */
@Entity
@Table(name = "competition_info_request")
public class InformationRequest extends BaseEntity {

    public static final int MAX_TEXT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private Instant deadline;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asked_by")
    private UserAccount askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by")
    private UserAccount answeredBy;

    protected InformationRequest() {}

    public InformationRequest(Entry entry, String question, Instant deadline, UserAccount askedBy, Instant now) {
        this.entry = entry;
        this.question = ProseText.required("question", question, MAX_TEXT);
        if (deadline == null) {
            throw DomainException.invalid("deadline", "platform.validation.required");
        }
        if (!deadline.isAfter(now)) {
            throw DomainException.invalid("deadline", "competition.info.deadlinePast");
        }
        this.deadline = deadline;
        this.askedBy = askedBy;
        this.askedAt = now;
    }

    public void answer(String text, UserAccount applicant, Instant now) {
        if (answeredAt != null) {
            throw DomainException.conflict(null, "competition.info.alreadyAnswered");
        }
        if (now.isAfter(deadline)) {
            throw DomainException.conflict(null, "competition.info.deadlinePassed");
        }
        this.answer = ProseText.required("answer", text, MAX_TEXT);
        this.answeredBy = applicant;
        this.answeredAt = now;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public Entry getEntry() {
        return entry;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public UserAccount getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public UserAccount getAnsweredBy() {
        return answeredBy;
    }
}
