package org.greenhub.alliance.domain;

import org.greenhub.platform.error.DomainException;

/** How the yearly activity score weighs attendance, reports, projects and dues (whole percent, summing to 100). */
public record EvaluationWeights(int attendance, int reports, int projects, int dues) implements java.io.Serializable {

    public void validate() {
        if (attendance < 0 || reports < 0 || projects < 0 || dues < 0) {
            throw DomainException.invalid("weights", "alliance.validation.weightNegative");
        }
        if (attendance + reports + projects + dues != 100) {
            throw DomainException.invalid(
                    "weights", "alliance.validation.weightSum", attendance + reports + projects + dues);
        }
    }
}
