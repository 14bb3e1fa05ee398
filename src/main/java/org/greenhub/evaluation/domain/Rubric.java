package org.greenhub.evaluation.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * The criteria judges score against, with their weights and scales. Every score form and results page reads its round's
 * rubric, so it is kept in Hibernate's second-level cache (issue 17): READ_ONLY because a rubric row is written once, with
 * its round, and never changed (a change would fail loudly instead of leaving other nodes a stale copy); its list of
 * criteria READ_WRITE, as the list is mutable in the model and a change must reach every node (invalidation).
 */
@Entity
@Table(name = "rubric")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
public class Rubric extends VersionedEntity {

    @Column(name = "programme_key", nullable = false)
    private String programmeKey;

    @Column(nullable = false)
    private String name;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    private List<RubricCriterion> criteria = new ArrayList<>();

    protected Rubric() {}

    public Rubric(String programmeKey, String name, Instant now) {
        this.programmeKey = TextRules.name("programmeKey", programmeKey, 80);
        this.name = TextRules.name("name", name, 200);
        setCreatedAt(now);
    }

    public RubricCriterion addCriterion(
            String code,
            BigDecimal weight,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,
            BigDecimal commentRequiredBelow) {
        RubricCriterion criterion =
                new RubricCriterion(this, criteria.size(), code, weight, min, max, step, commentRequiredBelow);
        if (criterion(criterion.getCode()).isPresent()) {
            throw DomainException.conflict("code", "evaluation.rubric.duplicateCode", criterion.getCode());
        }
        criteria.add(criterion);
        return criterion;
    }

    public void removeCriterion(String code) {
        criteria.removeIf(c -> c.getCode().equals(code));
    }

    public Optional<RubricCriterion> criterion(String code) {
        return criteria.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public List<Criterion> toScoring() {
        return criteria.stream().map(RubricCriterion::toScoring).toList();
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public String getName() {
        return name;
    }

    public List<RubricCriterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }
}
