package org.greenhub.account.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.greenhub.platform.error.DomainException;

/** A normalised (trimmed, lower-case) e-mail address. */
public final class EmailAddress {

    /** No spaces, markup, quotes, control or invisible format characters (a NUL would even reach the database). */
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s<>\"\\p{Cc}\\p{Cf}]+@[^@\\s<>\"\\p{Cc}\\p{Cf}]+\\.[^@\\s<>\"\\p{Cc}\\p{Cf}]+$");

    private EmailAddress() {}

    public static String normalise(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !SHAPE.matcher(email).matches()) {
            throw DomainException.invalid(field, "account.validation.emailInvalid");
        }
        return email;
    }

    /** True when the text could be an address at all: lookups skip anything else without asking the database. */
    public static boolean plausible(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && SHAPE.matcher(email).matches();
    }
}
