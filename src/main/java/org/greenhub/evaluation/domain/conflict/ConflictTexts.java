package org.greenhub.evaluation.domain.conflict;

import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/** The free-text rules conflict records share: a reason is required, bounded, and kept as written. */
final class ConflictTexts {

    private ConflictTexts() {}

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "evaluation.conflict.reasonRequired");
        }
        return bounded("reason", reason);
    }

    static String optional(String field, String text) {
        return text == null || text.isBlank() ? null : bounded(field, text);
    }

    private static String bounded(String field, String text) {
        return TextRules.optionalProse(field, text, ConflictDeclaration.MAX_REASON);
    }
}
