package org.greenhub.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Salted PBKDF2 (HMAC-SHA256, 210,000 iterations) from Jakarta Security; the hash string carries its parameters.
 * Every {@link #matches} costs exactly one PBKDF2 run, whatever it is given (no account, no password, one too long),
 * so the time of an answer does not tell which case it was.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Longer passwords are never checked as given (they cannot be right: the policy allows 128 characters). */
    public static final int MAX_CHECKED_LENGTH = 1024;

    private static final char[] STAND_IN = "stand-in-for-a-password-never-checked".toCharArray();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Checked against when there is no hash to check (unknown address, no password yet), so all answers cost the same. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return generate(password.toCharArray());
    }

    /**
     * Whether the password fits the hash. One PBKDF2 run in every case: without a hash (null), without a password or
     * with one over {@link #MAX_CHECKED_LENGTH} characters, a stand-in is checked against the decoy and the answer is no.
     */
    public boolean matches(String password, String hash) {
        boolean checkable = password != null && password.length() <= MAX_CHECKED_LENGTH && hash != null;
        boolean verified = verify(checkable ? password.toCharArray() : STAND_IN.clone(), checkable ? hash : decoy);
        return checkable && verified;
    }

    /** The one place a password is hashed (tests count the calls). */
    protected String generate(char[] password) {
        return pbkdf2.generate(password);
    }

    /** The one place a password is checked (tests count the calls). */
    protected boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
