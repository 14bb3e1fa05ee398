package org.greenhub.evaluation.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * One criterion of a rubric: code, weight, scale and step, and its name and guidance in every language. Cached with its
 * rubric (see {@link Rubric}): the criterion's row READ_ONLY, as code, weight and scale never change once stored; its
 * names and guidance READ_WRITE, since {@link #describe} may reword them and every node must see the new text at once.
 */
@Entity
@Table(name = "rubric_criterion")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
public class RubricCriterion extends BaseEntity {

    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_-]{0,39}$");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private BigDecimal weight;

    @Column(name = "min_value", nullable = false)
    private BigDecimal minValue;

    @Column(name = "max_value", nullable = false)
    private BigDecimal maxValue;

    @Column(nullable = false)
    private BigDecimal step;

    @Column(name = "comment_required_below")
    private BigDecimal commentRequiredBelow;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "rubric_criterion_text", joinColumns = @JoinColumn(name = "criterion_id"))
    @MapKeyColumn(name = "language")
    private Map<String, CriterionText> texts = new HashMap<>();

    protected RubricCriterion() {}

    RubricCriterion(
            Rubric rubric,
            int position,
            String code,
            BigDecimal weight,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,
            BigDecimal commentRequiredBelow) {
        String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw DomainException.invalid("code", "evaluation.rubric.codeInvalid", code);
        }
        if (weight == null || weight.signum() <= 0) {
            throw DomainException.invalid("weight", "evaluation.rubric.weightNotPositive", normalised);
        }
        if (min == null || max == null || min.compareTo(max) >= 0) {
            throw DomainException.invalid("max", "evaluation.rubric.rangeInvalid", normalised);
        }
        if (step == null || step.signum() <= 0 || step.compareTo(max.subtract(min)) > 0) {
            throw DomainException.invalid("step", "evaluation.rubric.stepInvalid", normalised);
        }
        this.rubric = rubric;
        this.position = position;
        this.code = normalised;
        this.weight = weight;
        this.minValue = min;
        this.maxValue = max;
        this.step = step;
        this.commentRequiredBelow = commentRequiredBelow;
    }

    public void describe(Language language, String name, String guidance) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name", "platform.validation.required");
        }
        texts.put(
                language.tag(),
                new CriterionText(
                        org.greenhub.platform.text.TextRules.name("name", name, 200),
                        guidance == null || guidance.isBlank() ? null : guidance.strip()));
    }

    /** The name in the wanted language, else English, else any. */
    public CriterionText text(Language language) {
        CriterionText text = texts.get(language.tag());
        if (text == null) {
            text = texts.get(Language.ENGLISH.tag());
        }
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text == null ? new CriterionText(code, null) : text;
    }

    /** A value a judge may give: within the scale and on a step from the minimum. */
    public boolean accepts(BigDecimal value) {
        if (value == null || value.compareTo(minValue) < 0 || value.compareTo(maxValue) > 0) {
            return false;
        }
        return value.subtract(minValue).remainder(step).signum() == 0;
    }

    public boolean requiresComment(BigDecimal value) {
        return commentRequiredBelow != null && value != null && value.compareTo(commentRequiredBelow) < 0;
    }

    /** The criterion as the scoring engine sees it. */
    public Criterion toScoring() {
        return new Criterion(code, weight.doubleValue(), minValue.doubleValue(), maxValue.doubleValue());
    }

    public Rubric getRubric() {
        return rubric;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public BigDecimal getStep() {
        return step;
    }

    public BigDecimal getCommentRequiredBelow() {
        return commentRequiredBelow;
    }

    public Map<String, CriterionText> getTexts() {
        return texts;
    }
}
