package org.greenhub.reserve.domain;

/** Which side of a match wrote a message. */
public enum MatchSide {
    FUNDER,
    OWNER
}
