package org.greenhub.reserve.domain;

import java.util.List;
import org.greenhub.platform.error.DomainException;

/**
 * Submitting a declaration that screening refuses: every reason travels with the refusal, so the page shows each
 * beside its field and the API names them all in one answer; the first also serves as the message where only one fits.
 */
public class ScreeningRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Screening.Finding> reasons;

    public ScreeningRefused(List<Screening.Finding> reasons) {
        super(
                Kind.INVALID,
                reasons.get(0).messageKey(),
                reasons.get(0).field(),
                reasons.get(0).arguments().toArray());
        this.reasons = List.copyOf(reasons);
    }

    public List<Screening.Finding> reasons() {
        return reasons;
    }
}
