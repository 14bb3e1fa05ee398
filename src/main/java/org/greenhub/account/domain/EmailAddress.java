package org.greenhub.account.domain;

import org.greenhub.platform.error.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A normalised (trimmed, lower-case) e-mail address. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    private EmailAddress() {
    }

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
}
