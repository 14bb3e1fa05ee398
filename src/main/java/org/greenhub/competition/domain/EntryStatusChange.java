package org.greenhub.competition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.BaseEntity;

/** One step of an entry's status timeline, shown to the applicant and the managers. Never changed. */
@Entity
@Table(name = "competition_entry_status_change")
public class EntryStatusChange extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private EntryStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private EntryStatus toStatus;

    @Column(nullable = false)
    private Instant at;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    private String note;

    protected EntryStatusChange() {}

    EntryStatusChange(Entry entry, EntryStatus from, EntryStatus to, Instant at, UserAccount actor, String note) {
        this.entry = entry;
        this.fromStatus = from;
        this.toStatus = to;
        this.at = at;
        this.actor = actor;
        this.note = note == null || note.isBlank()
                ? null
                : (note.strip().length() > 2000 ? note.strip().substring(0, 2000) : note.strip());
    }

    public Entry getEntry() {
        return entry;
    }

    public EntryStatus getFromStatus() {
        return fromStatus;
    }

    public EntryStatus getToStatus() {
        return toStatus;
    }

    public Instant getAt() {
        return at;
    }

    public UserAccount getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
