package org.greenhub.incubation.residency.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Values of native query rows, whatever type the driver hands back. */
final class SqlValues {

    private SqlValues() {}

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal d(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal b
                ? b.stripTrailingZeros()
                : new BigDecimal(value.toString()).stripTrailingZeros();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
