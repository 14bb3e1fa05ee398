package org.greenhub.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.greenhub.platform.domain.BaseEntity;

/**
 * Failed sign-ins for one e-mail address from one source address. Keyed by the address as typed, whether or not an
 * account has it, so known and unknown addresses are throttled alike; and by the source, so a stranger's wrong
 * passwords slow down the stranger, not the owner signing in from their own address.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle extends BaseEntity {

    /** Failed sign-ins allowed before each further attempt has to wait. */
    public static final int FREE_ATTEMPTS = 5;

    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** Failures this old are forgotten. */
    public static final Duration MEMORY = Duration.ofDays(1);
    /** Longest stored source. */
    static final int MAX_SOURCE_LENGTH = 64;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z._-]+)?");

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInThrottle() {}

    /** A record without failures yet (rows are created in the database, race-free, by the application service). */
    public static SignInThrottle fresh(String subjectKey, String source, Instant now) {
        SignInThrottle throttle = new SignInThrottle();
        throttle.subjectKey = subjectKey;
        throttle.source = source;
        throttle.lastFailureAt = now;
        return throttle;
    }

    /** The key of an e-mail address as typed: SHA-256 of the trimmed, lower-case text (the same for null and ""). */
    public static String subjectKey(String email) {
        String text = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * The source of a request from its remote address: an IPv4 address as it is, an IPv6 address as its /64 network
     * (one client usually has a whole /64, and could otherwise take a fresh address for every attempt), anything
     * else reduced to a short, plain text.
     */
    public static String source(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String address = remoteAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        try {
            if (IPV4.matcher(address).matches()) {
                return ipv4(address);
            }
            if (address.indexOf(':') >= 0 && IPV6.matcher(address).matches()) {
                // A literal with a colon is parsed, never looked up in DNS.
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 4) {
                    // An IPv4-mapped IPv6 address is the IPv4 client.
                    return InetAddress.getByAddress(bytes).getHostAddress();
                }
                StringBuilder network = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                            .append(':');
                }
                return network.append(":/64").toString();
            }
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            // falls through to the plain text
        }
        String plain = address.replaceAll("[^0-9A-Za-z.:_-]", "_");
        return plain.length() > MAX_SOURCE_LENGTH ? plain.substring(0, MAX_SOURCE_LENGTH) : plain;
    }

    /** 010.1.1.1 as 10.1.1.1; parsed by hand, since InetAddress would look an invalid one up in DNS. */
    private static String ipv4(String address) {
        StringBuilder text = new StringBuilder();
        for (String part : address.split("\\.")) {
            int value = Integer.parseInt(part);
            if (value > 255) {
                throw new IllegalArgumentException(address);
            }
            text.append(text.isEmpty() ? "" : ".").append(value);
        }
        return text.toString();
    }

    public boolean isBlocked(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** Whole seconds still to wait (rounded up, at least 1), or 0 when not blocked. */
    public long waitSeconds(Instant now) {
        if (!isBlocked(now)) {
            return 0;
        }
        long millis = Duration.between(now, blockedUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /**
     * After {@link #FREE_ATTEMPTS} failures, each further failure doubles the wait (30 s, 1 min, 2 min ... 15 min at
     * most). A count whose last failure is older than {@link #MEMORY} starts again.
     */
    public void recordFailure(Instant now) {
        if (lastFailureAt != null && lastFailureAt.plus(MEMORY).isBefore(now)) {
            failures = 0;
            blockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= FREE_ATTEMPTS) {
            int doublings = Math.min(10, failures - FREE_ATTEMPTS);
            Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
            blockedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getSource() {
        return source;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
