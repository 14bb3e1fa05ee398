package org.greenhub.incubation.residency.domain;

/** How often a resident reports; periods follow the calendar (a quarterly report covers January to March ...). */
public enum ReportFrequency {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6);

    private final int months;

    ReportFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public String messageKey() {
        return "residency.frequency." + name();
    }
}
