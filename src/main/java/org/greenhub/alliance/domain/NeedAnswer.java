package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.text.TextRules;

/** Another member's answer to a technical need. */
@Entity
@Table(name = "alliance_need_answer")
public class NeedAnswer extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private TechnicalNeed need;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false)
    private String body;

    protected NeedAnswer() {}

    public NeedAnswer(TechnicalNeed need, Membership membership, UserAccount author, String body, Instant now) {
        this.need = need;
        this.membership = membership;
        this.author = author;
        this.body = TextRules.name("answerBody", body, 4000);
        setCreatedAt(now);
    }

    public TechnicalNeed getNeed() {
        return need;
    }

    public Membership getMembership() {
        return membership;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }
}
