package org.greenhub.evaluation.web;

import org.greenhub.platform.error.DomainException;


/** How the judges' pages answer a refusal while loading: sign in first, otherwise the 404 page, as for nothing there. */
final class JudgePages {

    private JudgePages() {
    }

    static void refuse(DomainException refusal) {
        // A judge never learns that an entry exists but is not theirs: forbidden is answered as not found.
        org.greenhub.platform.web.PageRefusals.refuse(refusal.kind() == DomainException.Kind.FORBIDDEN ? DomainException.notFound() : refusal);
    }
}
