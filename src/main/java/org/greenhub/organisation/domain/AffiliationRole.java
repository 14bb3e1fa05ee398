package org.greenhub.organisation.domain;

/** A person's role in an organisation. Founders and legal representatives may edit the organisation's record. */
public enum AffiliationRole {
    FOUNDER(true),
    LEGAL_REPRESENTATIVE(true),
    MANAGER(true),
    EMPLOYEE(false),
    CONTACT(false),
    ADVISOR(false),
    SHAREHOLDER(false);

    private final boolean maintainsRecord;

    AffiliationRole(boolean maintainsRecord) {
        this.maintainsRecord = maintainsRecord;
    }

    public boolean maintainsRecord() {
        return maintainsRecord;
    }

    public String messageKey() {
        return "organisation.affiliationRole." + name();
    }
}
