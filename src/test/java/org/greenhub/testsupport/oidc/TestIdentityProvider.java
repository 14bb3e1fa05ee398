package org.greenhub.testsupport.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.mockwebserver.RecordedRequest;
import org.greenhub.testsupport.server.TestTime;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real OpenID Connect provider for the tests (mock-oauth2-server: discovery, an interactive login form, a token
 * endpoint, JWKS and end-session), started in the test JVM on a free port before Arquillian boots WildFly. The
 * server finds it through the system property {@code greenhub.test.oidc.issuer}, which arquillian.xml passes on as
 * {@code GREENHUB_OIDC_ISSUER} (the rest of its settings are in the pom). Its tokens carry test time
 * ({@link TestTime}), the time the server's clock reads too, and a test may move that time to get expired tokens.
 * Only in the failsafe run, as the database.
 */
public class TestIdentityProvider implements LauncherSessionListener {

    /** The issuer's path: the provider serves any number of issuers, GreenHub is configured with this one. */
    public static final String ISSUER_ID = "greenhub";

    public static final String ISSUER_PROPERTY = "greenhub.test.oidc.issuer";

    private static MockOAuth2Server server;
    private static volatile Duration shift = Duration.ZERO;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("greenhub.test.db.start")) {
            return;
        }
        synchronized (TestIdentityProvider.class) {
            if (server != null) {
                return;
            }
            OAuth2TokenProvider tokens = new OAuth2TokenProvider(
                    new KeyProvider(), () -> TestTime.now().plus(shift));
            // Interactive: the browser tests type the user and the claims into the provider's own login form.
            server = new MockOAuth2Server(new OAuth2Config(true, null, null, false, tokens));
            try {
                server.start(InetAddress.getByName("127.0.0.1"), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the test OpenID Connect provider", e);
            }
            System.setProperty(ISSUER_PROPERTY, issuer());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (TestIdentityProvider.class) {
            if (server != null) {
                server.shutdown();
                server = null;
            }
        }
    }

    /** The issuer as GreenHub is configured with it (and as the tokens name it). */
    public static String issuer() {
        return running().issuerUrl(ISSUER_ID).toString();
    }

    /**
     * Tokens issued until {@link #issueTokensAtTestTime()} carry this much earlier (negative: later) times: an
     * ID token issued two hours ago has expired by GreenHub's clock.
     */
    public static void issueTokensEarlierBy(Duration earlier) {
        shift = earlier.negated();
    }

    public static void issueTokensAtTestTime() {
        shift = Duration.ZERO;
    }

    /** The requests the provider received since the last look (and forgets them), as "METHOD path?query" lines. */
    public static List<String> takeRequests() {
        List<String> seen = new ArrayList<>();
        while (true) {
            RecordedRequest request;
            try {
                request = running().takeRequest(0, TimeUnit.MILLISECONDS);
            } catch (RuntimeException empty) {
                // mock-oauth2-server answers an empty queue with "no request found in queue within timeout".
                break;
            }
            if (request == null) {
                break;
            }
            seen.add(request.getMethod() + " " + request.getRequestUrl().encodedPath()
                    + (request.getRequestUrl().encodedQuery() == null
                            ? ""
                            : "?" + request.getRequestUrl().encodedQuery()));
        }
        return seen;
    }

    private static MockOAuth2Server running() {
        if (server == null) {
            throw new IllegalStateException("The test OpenID Connect provider runs only in the failsafe JVM");
        }
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
