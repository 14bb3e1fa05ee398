package org.greenhub.incubation.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * An incubator's call for applications: a window, a number of places, the eligibility rules it applies and how long
 * an admitted start-up has to accept its offer. Visible to the public once published; open inside its window.
 */
@Entity
@Table(name = "intake_call")
public class IntakeCall extends VersionedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_MAX_AGE_MONTHS = 24;
    public static final int DEFAULT_OFFER_DAYS = 14;
    /** Programme key prefix under which the evaluation engine knows an intake call's screening rounds. */
    public static final String PROGRAMME_PREFIX = "intake:";

    /** What a manager sets. */
    public record Terms(
            LocalisedInput titles,
            LocalisedInput descriptions,
            Instant opensAt,
            Instant closesAt,
            Integer capacity,
            Integer maxCompanyAgeMonths,
            Integer offerDays) {
        /** Terms with the title and description in English only. */
        public Terms(
                String title,
                String description,
                Instant opensAt,
                Instant closesAt,
                Integer capacity,
                Integer maxCompanyAgeMonths,
                Integer offerDays) {
            this(
                    LocalisedInput.english(title),
                    LocalisedInput.english(description),
                    opensAt,
                    closesAt,
                    capacity,
                    maxCompanyAgeMonths,
                    offerDays);
        }
    }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "incubator_id")
    private Incubator incubator;

    // applicants and the public read the title and description in their language (V640 added the translations)
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "title_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "title_vi"))
    private LocalisedName title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description"))
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "description_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "description_vi"))
    private LocalisedName description;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "max_company_age_months", nullable = false)
    private int maxCompanyAgeMonths;

    @Column(name = "offer_days", nullable = false)
    private int offerDays;

    @Column(nullable = false)
    private boolean published;

    protected IntakeCall() {}

    public IntakeCall(Incubator incubator, Terms terms, Instant now) {
        this.incubator = incubator;
        setCreatedAt(now);
        change(terms);
    }

    /** Replaces the terms, checking each; nothing changes when one is refused. */
    public void change(Terms terms) {
        LocalisedName newTitle = (terms.titles() == null ? new LocalisedInput() : terms.titles()).name("title", 300);
        LocalisedName newDescription =
                terms.descriptions() == null ? null : terms.descriptions().optionalProse("description", 4000);
        if (terms.opensAt() == null) {
            throw DomainException.invalid("opensAt", "platform.validation.required");
        }
        if (terms.closesAt() == null) {
            throw DomainException.invalid("closesAt", "platform.validation.required");
        }
        if (!terms.opensAt().isBefore(terms.closesAt())) {
            throw DomainException.invalid("closesAt", "incubation.call.windowOrder");
        }
        if (Duration.between(terms.opensAt(), terms.closesAt()).toDays() > 730) {
            throw DomainException.invalid("closesAt", "incubation.call.windowTooLong");
        }
        if (terms.capacity() == null || terms.capacity() < 1 || terms.capacity() > 1000) {
            throw DomainException.invalid("capacity", "incubation.call.capacityInvalid");
        }
        int age = terms.maxCompanyAgeMonths() == null ? DEFAULT_MAX_AGE_MONTHS : terms.maxCompanyAgeMonths();
        if (age < 1 || age > 600) {
            throw DomainException.invalid("maxCompanyAgeMonths", "incubation.call.maxAgeInvalid");
        }
        int days = terms.offerDays() == null ? DEFAULT_OFFER_DAYS : terms.offerDays();
        if (days < 1 || days > 90) {
            throw DomainException.invalid("offerDays", "incubation.call.offerDaysInvalid");
        }
        this.title = newTitle;
        this.description = newDescription;
        this.opensAt = terms.opensAt();
        this.closesAt = terms.closesAt();
        this.capacity = terms.capacity();
        this.maxCompanyAgeMonths = age;
        this.offerDays = days;
    }

    public void publish() {
        this.published = true;
    }

    public void unpublish() {
        this.published = false;
    }

    /** Published and inside its window: start-ups may apply. */
    public boolean isOpen(Instant now) {
        return published && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public String programmeKey() {
        return PROGRAMME_PREFIX + getId();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title.english());
        values.put("opensAt", opensAt);
        values.put("closesAt", closesAt);
        values.put("capacity", capacity);
        values.put("maxCompanyAgeMonths", maxCompanyAgeMonths);
        values.put("offerDays", offerDays);
        values.put("published", published);
        return values;
    }

    public Incubator getIncubator() {
        return incubator;
    }
    /** The English title (audit, round names); readers get {@link #getTitles()}. */
    public String getTitle() {
        return title.english();
    }

    public String getDescription() {
        return description == null ? null : description.english();
    }

    public LocalisedName getTitles() {
        return title;
    }
    /** The description in every language given, or null. */
    public LocalisedName getDescriptions() {
        return description;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getMaxCompanyAgeMonths() {
        return maxCompanyAgeMonths;
    }

    public int getOfferDays() {
        return offerDays;
    }

    public boolean isPublished() {
        return published;
    }
}
