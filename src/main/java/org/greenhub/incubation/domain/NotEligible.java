package org.greenhub.incubation.domain;

import java.util.List;
import org.greenhub.platform.error.DomainException;

/** An application refused because it does not meet the call's eligibility rules; carries every rule not met. */
public class NotEligible extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<Eligibility.Finding> findings;

    public NotEligible(List<Eligibility.Finding> findings) {
        super(Kind.INVALID, "incubation.eligibility.notEligible", null);
        this.findings = List.copyOf(findings);
    }

    public List<Eligibility.Finding> findings() {
        return findings;
    }
}
