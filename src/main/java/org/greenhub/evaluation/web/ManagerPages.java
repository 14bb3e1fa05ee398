package org.greenhub.evaluation.web;

import org.greenhub.platform.error.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What the round pages for programme managers share: answering a refused page as the rest of the app, number text. */
final class ManagerPages {

    private ManagerPages() {
    }

    /** Unknown round: 404; not a manager: 403; not signed in: the sign-in page, back here afterwards. */
    static void refuse(DomainException refusal) {
        org.greenhub.platform.web.PageRefusals.refuse(refusal);
    }

    /** A figure as people read it: at most four decimals, no trailing zeros, no exponent. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
