package org.greenhub.evaluation.domain.conflict;

import org.greenhub.platform.error.DomainException;

/** The free-text rules conflict records share: a reason is required, bounded, and kept as written. */
final class ConflictTexts {

    private ConflictTexts() {
    }

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
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > ConflictDeclaration.MAX_REASON) {
            throw DomainException.invalid(field, "platform.validation.tooLong", ConflictDeclaration.MAX_REASON);
        }
        return stripped;
    }
}
