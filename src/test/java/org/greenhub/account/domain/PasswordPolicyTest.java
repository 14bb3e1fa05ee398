package org.greenhub.account.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static String refusal(String password) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check("password", password, "lan@example.com"))
                .messageKey();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"password123", "PASSWORD1", "qwertyuiop", "12345678", "iloveyou", "woaini1314", "aaaaaaaaaa"})
    void commonPasswordsAreRefused(String password) {
        assertEquals("account.validation.passwordCommon", refusal(password));
    }

    @Test
    void lengthLimits() {
        assertEquals("account.validation.passwordTooShort", refusal("Gr3en!x"));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "x".repeat(63) + "Y", "lan@example.com"));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "绿色发展-สีเขียว-xanh", "lan@example.com"));
        assertEquals("account.validation.passwordTooLong", refusal("x".repeat(PasswordPolicy.MAX_LENGTH) + "y"));
    }

    @Test
    void theEmailAddressIsNoPassword() {
        assertEquals("account.validation.passwordIsEmail", refusal("lan@example.com"));
    }
}
