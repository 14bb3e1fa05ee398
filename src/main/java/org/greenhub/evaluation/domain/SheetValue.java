package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A judge's value on one criterion of a sheet, with the comment that explains it (required for low scores). */
@Embeddable
public class SheetValue {

    @Column(nullable = false)
    private BigDecimal value;

    private String comment;

    protected SheetValue() {}

    public SheetValue(BigDecimal value, String comment) {
        this.value = Objects.requireNonNull(value, "value");
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getComment() {
        return comment;
    }
}
