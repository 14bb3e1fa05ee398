package org.greenhub.competition.domain;

/** What an entry's attachment is; an edition names the kinds every entry must carry before it can be submitted. */
public enum AttachmentKind {
    BUSINESS_PLAN,
    PITCH_DECK,
    FINANCIAL_STATEMENTS,
    IP_EVIDENCE,
    BUSINESS_LICENCE,
    GREEN_EVIDENCE,
    OTHER;

    public String messageKey() {
        return "competition.attachmentKind." + name();
    }
}
