package org.greenhub.platform.text;

import org.greenhub.platform.error.DomainException;

import java.util.regex.Pattern;

/** Checks shared by every name-like field: present, not too long, no markup or control characters. */
public final class TextRules {

    private static final Pattern FORBIDDEN = Pattern.compile("[<>\\p{Cc}\\p{Cs}\\uFFFD]");

    private TextRules() {
    }

    /** @return the trimmed value, or throws a refusal naming the field */
    public static String name(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        return optionalName(field, value, maxLength);
    }

    /** @return the trimmed value or null when blank */
    public static String optionalName(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw DomainException.invalid(field, "platform.validation.tooLong", maxLength);
        }
        if (FORBIDDEN.matcher(trimmed).find()) {
            throw DomainException.invalid(field, "platform.validation.forbiddenCharacters");
        }
        return trimmed;
    }
}
