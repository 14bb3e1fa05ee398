package org.greenhub.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.account.application.AccessTokens;
import org.greenhub.account.application.SignInService;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.api.SessionOriginCheck;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DatabaseUnavailable;
import org.greenhub.platform.text.TextRules;

/**
 * One mechanism for pages and API: HTTP Basic or a personal access token ({@code Bearer}, API only) when the request
 * carries it (API clients), otherwise the sign-in
 * remembered in the session (browsers, including the browser's calls to the API). Pages that need a sign-in
 * redirect to the sign-in page; the API answers 401 with a problem document. A request signed in by the session is
 * marked ({@link SessionOriginCheck#SESSION_AUTHENTICATED}), so the API refuses its changes unless they come from a
 * GreenHub page.
 */
@ApplicationScoped
public class GreenHubAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the signed-in account's id for the rest of the request. */
    public static final String USER_ID_ATTRIBUTE = "greenhub.userId";
    /** Request attribute with the message key of refused Basic credentials (the API's 401 says why). */
    public static final String FAILURE_ATTRIBUTE = "greenhub.authFailure";
    /** Request attribute with the message arguments of that key (an Object[]: the seconds to wait when throttled). */
    public static final String FAILURE_ARGUMENTS_ATTRIBUTE = "greenhub.authFailureArguments";

    @Inject
    UserAccountRepository accounts;

    @Inject
    SignInService signInService;

    @Inject
    AccessTokens accessTokens;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (Exception e) {
            // Not only RuntimeException: a sign-in whose commit fails because PostgreSQL went away arrives as the
            // checked RollbackException, rethrown unchanged through the @Transactional interceptor.
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            return databaseUnavailable(request, response, e);
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        // Tokens are for the API only: a page opened with one is treated as not signed in.
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            return bearer(authorization.substring(7).trim(), request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            Optional<UserAccount> account = accounts.find(signedIn.userId());
            boolean valid = account.isPresent()
                    && account.get().canSignIn()
                    && account.get().getSessionVersion() == signedIn.sessionVersion()
                    && Instant.now(clock).isBefore(signedIn.signedInAt().plus(config.absoluteSessionTimeout()));
            if (valid) {
                // Browsers send this cookie with requests other sites start too: the API checks where those came from.
                request.setAttribute(SessionOriginCheck.SESSION_AUTHENTICATED, Boolean.TRUE);
                return admit(account.get(), request, context);
            }
            // Disabled, password changed elsewhere, or past the absolute timeout: this session is over.
            session.invalidate();
        }
        if (context.isProtected()) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * The sign-in could not be checked: the request ends here with 503, which the container's error handling answers
     * with the 503 page, or with a problem document under /api (ErrorStatusServlet).
     */
    private AuthenticationStatus databaseUnavailable(
            HttpServletRequest request, HttpServletResponse response, Exception failure) {
        DatabaseUnavailable.log("Checking the sign-in for " + request.getRequestURI(), failure);
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(request, context, "account.signIn.failed", new Object[0]);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || TextRules.hasAnyControlCharacter(decoded)) {
            // Not credentials anyone could have (a NUL would even reach the database): refused before any lookup.
            // The request filter then answers 400 (ControlCharacterFilter).
            return refuse(request, context, "account.signIn.failed", new Object[0]);
        }
        // The remote address is the client's (behind a proxy, WildFly takes it from X-Forwarded-For only when
        // GREENHUB_BEHIND_PROXY is true): failures are throttled per address and source.
        SignInService.Result result = signInService.signIn(
                decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
        if (result.account() == null) {
            return refuse(request, context, result.messageKey(), result.messageArguments());
        }
        if (result.account().signsInThroughProvider()) {
            // The person signs in at the organisation's identity provider, whose rules (second factor, leaving staff
            // disabled) a GreenHub password would get round: scripts use a personal access token instead.
            return refuse(request, context, "account.signIn.useToken", new Object[0]);
        }
        return admit(result.account(), request, context);
    }

    /**
     * A personal access token: its owner is admitted with the token's reach on the request, which the API checks
     * against the call ({@code account.api.AccessTokenReach}). No session is made and no origin is checked: a token is
     * sent by a program on purpose, never by a browser on its own.
     */
    private AuthenticationStatus bearer(String secret, HttpServletRequest request, HttpMessageContext context) {
        Optional<AccessTokens.Grant> grant = accessTokens.admit(secret);
        if (grant.isEmpty()) {
            return refuse(request, context, "account.token.refused", new Object[0]);
        }
        Optional<UserAccount> account = accounts.find(grant.get().userId());
        if (account.isEmpty()) {
            return refuse(request, context, "account.token.refused", new Object[0]);
        }
        request.setAttribute(AccessTokens.Grant.ATTRIBUTE, grant.get());
        // No browser adds a token on its own: the API's forgery check has nothing to guard here.
        request.setAttribute(SessionOriginCheck.TOKEN_AUTHENTICATED, Boolean.TRUE);
        return admit(account.get(), request, context);
    }

    /** Refused Basic credentials: the request goes on anonymous and the API resource answers 401 with the reason. */
    private AuthenticationStatus refuse(
            HttpServletRequest request, HttpMessageContext context, String messageKey, Object[] arguments) {
        request.setAttribute(FAILURE_ATTRIBUTE, messageKey);
        request.setAttribute(FAILURE_ARGUMENTS_ATTRIBUTE, arguments);
        if (context.isProtected()) {
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    private AuthenticationStatus admit(UserAccount account, HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(USER_ID_ATTRIBUTE, account.getId());
        Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(account.getEmail(), groups);
    }

    private AuthenticationStatus challenge(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return context.responseUnauthorized();
        }
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + "/account/signin.xhtml?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
