package org.greenhub.testsupport.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the test database directly: mail GreenHub "sent" (in the test run mail is only stored in mail_outbox) and
 * whether accounts exist. Browser tests run outside the server, so they use JDBC rather than the application's classes.
 */
public final class TestDatabase {

    /** A GreenHub link as mailed: the page below the site's root and its one-time token. */
    private static final Pattern LINK = Pattern.compile("(account/[a-z-]+\\.xhtml)\\?token=([A-Za-z0-9_-]+)");

    private TestDatabase() {}

    /** A link found in a mail: {@code page} is relative to the site root, e.g. "account/confirm.xhtml". */
    public record MailedLink(String page, String token) {
        /** The page and query, to open against the address the test deployment really runs at. */
        public String pathAndQuery() {
            return page + "?token=" + token;
        }
    }

    /** The link in the newest mail to this address; fails the test when there is none. */
    public static MailedLink latestMailedLinkTo(String recipient) {
        String body = latestMailBodyTo(recipient)
                .orElseThrow(() -> new AssertionError("No mail was queued for " + recipient));
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("The newest mail to " + recipient + " has no GreenHub link:\n" + body);
        }
        return new MailedLink(matcher.group(1), matcher.group(2));
    }

    public static Optional<String> latestMailBodyTo(String recipient) {
        return query(
                "select body from mail_outbox where recipient = ? order by id desc limit 1",
                recipient,
                rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
    }

    public static long mailsTo(String recipient) {
        return query("select count(*) from mail_outbox where recipient = ?", recipient, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /** Whether an account exists for this address, whatever its status (compared as the application stores it). */
    public static boolean accountExists(String email) {
        return query("select count(*) from user_account where lower(email) = lower(?)", email, rows -> {
            rows.next();
            return rows.getLong(1) > 0;
        });
    }

    /** The subject of the newest mail to this address. */
    public static Optional<String> latestMailSubjectTo(String recipient) {
        return query(
                "select subject from mail_outbox where recipient = ? order by id desc limit 1",
                recipient,
                rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
    }

    public static long organisationsNamed(String legalName) {
        return query("select count(*) from organisation where legal_name = ?", legalName, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /** The failures on record for a sign-in throttle row (its subject key and source as SignInThrottle makes them), 0 without one. */
    public static int signInFailures(String subjectKey, String source) {
        return query(
                "select coalesce(max(failures), 0) from sign_in_throttle where subject_key = ? and source = ?",
                rows -> {
                    rows.next();
                    return rows.getInt(1);
                },
                subjectKey,
                source);
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(String sql, String parameter, RowReader<T> reader) {
        return query(sql, reader, parameter);
    }

    private static <T> T query(String sql, RowReader<T> reader, String... parameters) {
        String url = "jdbc:postgresql://localhost:" + Integer.getInteger("greenhub.test.db.port", 15432) + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the test database: " + e.getMessage(), e);
        }
    }
}
