package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * Whatever a programme submits for evaluation (a competition entry, an incubator application), seen through the
 * narrow interface the engine needs: reference, title, owning organisation, group and track, documents.
 * The programme key ("competition:12", "intake:3") says whose it is; the engine never looks inside it.
 */
@Entity
@Table(name = "evaluation_subject")
public class EvaluationSubject extends CreatedEntity {

    @Column(name = "programme_key", nullable = false)
    private String programmeKey;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String track;

    @Column(name = "group_name")
    private String groupName;

    protected EvaluationSubject() {}

    public EvaluationSubject(
            String programmeKey,
            String reference,
            String title,
            Organisation organisation,
            String track,
            String groupName,
            Instant now) {
        if (organisation == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        this.programmeKey = TextRules.name("programmeKey", programmeKey, 80);
        this.reference = TextRules.name("reference", reference, 60);
        this.title = TextRules.name("title", title, 300);
        this.organisation = organisation;
        this.track = TextRules.optionalName("track", track, 80);
        this.groupName = TextRules.optionalName("groupName", groupName, 80);
        setCreatedAt(now);
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTrack() {
        return track;
    }

    public String getGroupName() {
        return groupName;
    }
}
