package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A criterion's name and guidance in one language. */
@Embeddable
public class CriterionText {

    @Column(nullable = false)
    private String name;

    private String guidance;

    protected CriterionText() {}

    public CriterionText(String name, String guidance) {
        this.name = name;
        this.guidance = guidance;
    }

    public String getName() {
        return name;
    }

    public String getGuidance() {
        return guidance;
    }
}
