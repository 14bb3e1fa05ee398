package org.greenhub.alliance.domain;

/** What a person does for their organisation in the alliance. */
public enum SeatRole {
    REPRESENTATIVE,
    CONTACT;

    public String messageKey() {
        return "alliance.seatRole." + name();
    }
}
