package org.greenhub.competition.award.web;

import org.greenhub.platform.error.DomainException;


/**
 * How the awards and public pages answer a refused page load, as the rest of the application does: unknown or not
 * yours: 404; forbidden: 403; not signed in: the sign-in page, coming back here afterwards.
 */
public final class PageRefusal {

    private PageRefusal() {
    }

    public static void refuse(DomainException refusal) {
        org.greenhub.platform.web.PageRefusals.refuse(refusal);
    }
}
