package org.greenhub.reserve.domain;

/** The kinds of green finance a project may seek and a funder may offer. */
public enum FinancingInstrument {
    GREEN_LOAN,
    GREEN_BOND,
    GUIDANCE_FUND,
    EQUITY,
    INSURANCE
}
