package org.greenhub.zone.domain;

import java.math.BigDecimal;

/**
 * The national comparison's grade of a zone for a year, by its weighted index (0–100): A from 85, B from 70, C from 55,
 * D below. A major pollution accident in the year moves a zone down one grade (D stays D).
 */
public enum ZoneGrade {
    A(new BigDecimal("85")),
    B(new BigDecimal("70")),
    C(new BigDecimal("55")),
    D(BigDecimal.ZERO);

    private final BigDecimal from;

    ZoneGrade(BigDecimal from) {
        this.from = from;
    }

    /** The lowest index of the band. */
    public BigDecimal from() {
        return from;
    }

    /** The band an index falls in. */
    public static ZoneGrade of(BigDecimal index) {
        for (ZoneGrade grade : values()) {
            if (index.compareTo(grade.from) >= 0) {
                return grade;
            }
        }
        return D;
    }

    /** One grade lower; D stays D. */
    public ZoneGrade down() {
        return this == D ? D : values()[ordinal() + 1];
    }
}
