package org.greenhub.incubation.residency.web;

import org.greenhub.platform.error.DomainException;


/** How a residency page answers a refused load: sign-in first when anonymous, else 404 (or 403) like any other page. */
final class ResidencyPages {

    private ResidencyPages() {
    }

    static void refuse(DomainException refusal) {
        org.greenhub.platform.web.PageRefusals.refuse(refusal);
    }
}
