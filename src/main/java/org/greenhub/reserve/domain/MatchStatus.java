package org.greenhub.reserve.domain;

/** Where a funder's interest in a project stands: waiting for the owner, or answered. */
public enum MatchStatus {
    INTERESTED,
    ACCEPTED,
    DECLINED
}
