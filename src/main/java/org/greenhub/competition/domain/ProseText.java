package org.greenhub.competition.domain;

import org.greenhub.platform.error.DomainException;

/**
 * The check for free prose typed into an entry or an information request: trimmed, at most {@code max} characters
 * (code points, as PostgreSQL counts them), line breaks and tabs allowed but no other control characters. Unlike
 * {@link org.greenhub.platform.text.TextRules} (names), prose may contain {@code <} and {@code >}: it is always
 * shown escaped.
 */
final class ProseText {

    private ProseText() {
    }

    /** @return the trimmed value, or throws a refusal naming the field when blank */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        return optional(field, value, max);
    }

    /** @return the trimmed value, or null when blank */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw DomainException.invalid(field, "platform.validation.tooLong", max);
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw DomainException.invalid(field, "platform.validation.forbiddenCharacters");
        }
        return trimmed;
    }
}
