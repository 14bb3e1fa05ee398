package org.greenhub.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.greenhub.platform.error.DomainException;

/** At least 8 and at most 128 characters, not one of the commonly used passwords, not the e-mail address. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    public static void check(String field, String password, String email) {
        if (password == null || password.isEmpty()) {
            throw DomainException.invalid(field, "platform.validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw DomainException.invalid(field, "account.validation.passwordTooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw DomainException.invalid(field, "account.validation.passwordTooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw DomainException.invalid(field, "account.validation.passwordCommon");
        }
        if (email != null
                && (lower.equals(email.toLowerCase(Locale.ROOT))
                        || lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
            throw DomainException.invalid(field, "account.validation.passwordIsEmail");
        }
        if (lower.chars().distinct().count() == 1) {
            throw DomainException.invalid(field, "account.validation.passwordCommon");
        }
    }

    public static boolean isCommon(String password) {
        return COMMON.contains(Objects.requireNonNull(password).toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the class path");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
