package org.greenhub.reserve.domain;

/** The grade a listed project carries, from the call's score bands: A is the strongest. */
public enum Grade {
    A,
    B,
    C
}
