package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.text.TextRules;

/** One dated message of a match's thread; the funder's note of interest is the first. Never changed. */
@Entity
@Table(name = "reserve_match_message")
public class MatchMessage extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "match_id", nullable = false)
    private long matchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MatchSide side;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 4000)
    private String body;

    protected MatchMessage() {}

    MatchMessage(long matchId, MatchSide side, long authorId, String body, Instant now) {
        setCreatedAt(now);
        this.body = TextRules.prose("message", body, 4000);
        this.matchId = matchId;
        this.side = side;
        this.authorId = authorId;
    }

    public long getMatchId() {
        return matchId;
    }

    public MatchSide getSide() {
        return side;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }
}
