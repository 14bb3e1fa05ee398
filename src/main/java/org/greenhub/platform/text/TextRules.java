package org.greenhub.platform.text;

import java.util.regex.Pattern;
import org.greenhub.platform.error.DomainException;

/**
 * Checks shared by every text a person types, so that what is stored is what was meant and PostgreSQL never sees a
 * character it refuses (NUL):
 * <ul>
 * <li>{@link #name}: a name-like field on one line: present, not too long, no markup, no control characters and no
 * invisible format characters (bidi overrides such as U+202E, zero-width characters: they make one name look like
 * another), no line or paragraph separators.</li>
 * <li>{@link #prose}: free prose (a note, a comment, a reason): line breaks and tabs allowed, {@code <} and {@code >}
 * allowed (prose is always shown escaped), no other control characters.</li>
 * </ul>
 * Lengths are counted in code points, as PostgreSQL counts them.
 */
public final class TextRules {

    private static final Pattern FORBIDDEN_IN_NAMES = Pattern.compile("[<>\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\\uFFFD]");
    private static final Pattern FORBIDDEN_IN_PROSE = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFD&&[^\\t\\n\\r]]");

    private TextRules() {}

    /** @return the trimmed value, or throws a refusal naming the field */
    public static String name(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        return optionalName(field, value, maxLength);
    }

    /** @return the trimmed value or null when blank */
    public static String optionalName(String field, String value, int maxLength) {
        return checked(field, value, maxLength, FORBIDDEN_IN_NAMES);
    }

    /** @return the trimmed prose, or throws a refusal naming the field when blank */
    public static String prose(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        return optionalProse(field, value, maxLength);
    }

    /** @return the trimmed prose or null when blank */
    public static String optionalProse(String field, String value, int maxLength) {
        return checked(field, value, maxLength, FORBIDDEN_IN_PROSE);
    }

    /**
     * True when the text holds a character no input may carry: a control character (NUL included) other than tab,
     * line feed and carriage return, or half of a surrogate pair. The request filter and the JSON reader refuse such
     * input at the edge, before any feature sees it.
     */
    public static boolean hasControlCharacters(CharSequence text) {
        return text != null && FORBIDDEN_IN_PROSE.matcher(text).find();
    }

    /** True when the text holds any control character at all (tab and line breaks included): for one-line values. */
    public static boolean hasAnyControlCharacter(CharSequence text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }

    private static String checked(String field, String value, int maxLength, Pattern forbidden) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw DomainException.invalid(field, "platform.validation.tooLong", maxLength);
        }
        if (forbidden.matcher(trimmed).find()) {
            throw DomainException.invalid(field, "platform.validation.forbiddenCharacters");
        }
        return trimmed;
    }
}
