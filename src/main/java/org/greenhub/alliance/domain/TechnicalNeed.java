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

/** A technical need a member publishes on the alliance's board for other members to answer. */
@Entity
@Table(name = "alliance_need")
public class TechnicalNeed extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean closed;

    protected TechnicalNeed() {}

    public TechnicalNeed(Membership membership, UserAccount author, String title, String body, Instant now) {
        this.alliance = membership.getAlliance();
        this.membership = membership;
        this.author = author;
        this.title = TextRules.name("needTitle", title, 300);
        this.body = TextRules.name("needBody", body, 4000);
        setCreatedAt(now);
    }

    public void close() {
        closed = true;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public Membership getMembership() {
        return membership;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isClosed() {
        return closed;
    }
}
