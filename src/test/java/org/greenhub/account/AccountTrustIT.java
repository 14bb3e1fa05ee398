package org.greenhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenhub.account.domain.SignInThrottle;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.browser.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Accounts over HTTP as a stranger would probe them: registration does not tell which addresses are known, a
 * stranger's wrong passwords (page or API) slow down the stranger's address and not the owner's, and the API's 401
 * says how long to wait in the caller's language. Tests run as if behind the proxy (GREENHUB_BEHIND_PROXY=true), so
 * X-Forwarded-For sets the source address.
 */
class AccountTrustIT extends HttpTest {

    private static final String PASSWORD = "Trust-Green-2026";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static String newEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    private static HttpResponse<String> register(
            FormSession browser, String email, String displayName, String language, String legalName) {
        return browser.submit(
                "account/register.xhtml",
                "registerForm",
                Map.of(
                        "displayName",
                        displayName,
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "language_input",
                        language,
                        "legalName",
                        legalName,
                        "kind_input",
                        "START_UP"),
                "submit");
    }

    private String registerAndConfirm(String language) {
        FormSession browser = new FormSession(base);
        String email = newEmail("trust");
        assertTrue(register(browser, email, "Trust Owner", language, "Trust Green " + email)
                .body()
                .contains("registeredNote"));
        browser.get(TestDatabase.latestMailedLinkTo(email).pathAndQuery());
        return email;
    }

    /** The page as any visitor gets it: without the per-view state and the per-response nonces (wherever they appear). */
    private static String comparable(String page) {
        String comparable = page.replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*\"", "$1\"");
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        while (nonce.find()) {
            comparable = comparable.replace(nonce.group(1), "NONCE");
        }
        return comparable;
    }

    private HttpResponse<String> me(Http http, String email, String password, String source, String language) {
        HttpRequest.Builder request = http.request("api/me")
                .GET()
                .header("Authorization", Http.basic(email, password))
                .header("X-Forwarded-For", source);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build());
    }

    @Test
    void registeringWithAKnownAddressAnswersAsForANewOneAndMailsTheOwner() {
        String known = registerAndConfirm("th");
        long mailsToOwner = TestDatabase.mailsTo(known);

        String secondName = "Copycat Green " + UUID.randomUUID();
        HttpResponse<String> again =
                register(new FormSession(base), known.toUpperCase(Locale.ROOT), "Copycat", "en", secondName);
        HttpResponse<String> fresh =
                register(new FormSession(base), newEmail("fresh"), "Copycat", "en", "Fresh Green " + UUID.randomUUID());

        assertEquals(fresh.statusCode(), again.statusCode());
        assertTrue(again.body().contains("registeredNote"), "the known address is thanked like a new one");
        assertFalse(again.body().contains(BundleText.english("account", "account.validation.emailTaken")));
        assertEquals(comparable(fresh.body()), comparable(again.body()), "the same page for a known and a new address");

        assertEquals(mailsToOwner + 1, TestDatabase.mailsTo(known));
        assertEquals(
                BundleText.translated("account", "th", "account.mail.registrationAttempt.subject"),
                TestDatabase.latestMailSubjectTo(known),
                "the owner is told, in their own language");
        String mail = TestDatabase.latestMailBodyTo(known).orElseThrow();
        assertTrue(mail.contains("account/signin.xhtml") && mail.contains("account/forgot-password.xhtml"), mail);
        assertEquals(0, TestDatabase.organisationsNamed(secondName), "nothing is attached to the owner's account");
        assertEquals(
                200,
                me(new Http(base), known, PASSWORD, "198.51.100.80", null).statusCode(),
                "the owner's password still works");
    }

    @Test
    void aThrottledApiCallAnswers401WithTheWaitInTheCallersLanguage() {
        String known = registerAndConfirm("en");
        String unknown = newEmail("nobody");
        String stranger = "203.0.113.31";
        Http http = new Http(base);
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            for (String email : List.of(known, unknown)) {
                HttpResponse<String> refused = me(http, email, "guess-" + i, stranger, null);
                assertEquals(401, refused.statusCode());
                assertEquals("account.signIn.failed", Http.json(refused).getString("code"));
            }
        }
        Map<String, String> bundles = Map.of("en", "", "zh-CN", "zh_CN", "th", "th", "vi", "vi");
        for (var language : bundles.entrySet()) {
            String template = language.getValue().isEmpty()
                    ? BundleText.english("account", "account.signIn.tooManyAttempts")
                    : BundleText.translated("account", language.getValue(), "account.signIn.tooManyAttempts")
                            .orElseThrow();
            for (String email : List.of(known, unknown)) {
                HttpResponse<String> throttled = me(http, email, PASSWORD, stranger, language.getKey());
                assertEquals(401, throttled.statusCode(), throttled.body());
                assertNotNull(throttled.headers().firstValue("WWW-Authenticate").orElse(null));
                JsonObject problem = Http.json(throttled);
                assertEquals(
                        "account.signIn.tooManyAttempts",
                        problem.getString("code"),
                        "the same answer for known and unknown");
                String detail = problem.getString("detail");
                Matcher seconds = NUMBER.matcher(detail);
                assertTrue(seconds.find(), detail);
                long wait = Long.parseLong(seconds.group());
                assertTrue(wait >= 1 && wait <= 30, detail);
                assertEquals(
                        new MessageFormat(template, Locale.forLanguageTag(language.getKey()))
                                .format(new Object[] {wait}),
                        detail,
                        "the real wait, in " + language.getKey());
            }
        }
    }

    @Test
    void aStrangersWrongPasswordsDoNotLockTheOwnerOutOfThePagesOrTheApi() {
        String email = registerAndConfirm("vi");
        FormSession stranger = new FormSession(base, Map.of("X-Forwarded-For", "203.0.113.32"));
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            stranger.signIn(email, "stranger-guess-" + i);
        }
        HttpResponse<String> waiting = stranger.signIn(email, PASSWORD);
        assertTrue(waiting.uri().getPath().endsWith("/account/signin.xhtml"), "the stranger stays on the sign-in page");
        String template = BundleText.english("account", "account.signIn.tooManyAttempts");
        Pattern shown = Pattern.compile(Pattern.quote(template.substring(0, template.indexOf("{0}"))) + "\\d+"
                + Pattern.quote(template.substring(template.indexOf("{0}") + 3)));
        assertTrue(shown.matcher(waiting.body()).find(), "the page shows the wait in seconds:\n" + waiting.body());
        Http http = new Http(base);
        assertEquals(
                401,
                me(http, email, PASSWORD, "203.0.113.32", null).statusCode(),
                "the stranger's address waits on the API too");

        // The owner, from their own address, is not held up: on the page (no proxy header: the peer address) and the
        // API.
        HttpResponse<String> owner = new FormSession(base).signIn(email, PASSWORD);
        assertTrue(
                owner.uri().getPath().endsWith("/dashboard/applicant.xhtml"),
                owner.uri().toString());
        assertEquals(200, me(http, email, PASSWORD, "198.51.100.81", null).statusCode());
    }

    @Test
    void failuresSentInParallelAreAllCounted() throws Exception {
        // Every request has its own thread and transaction, as requests on two nodes would: none of the counts is lost.
        String email = registerAndConfirm("zh-CN");
        String source = "203.0.113.33";
        int attempts = 12;
        Http http = new Http(base);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<String> codes = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String password = "parallel-guess-" + i;
                calls.add(() -> me(http, email, password, source, null));
            }
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                HttpResponse<String> response = answer.get();
                assertEquals(401, response.statusCode(), response.body());
                codes.add(Http.json(response).getString("code"));
            }
        } finally {
            pool.shutdownNow();
        }
        long failed = codes.stream().filter("account.signIn.failed"::equals).count();
        long throttled =
                codes.stream().filter("account.signIn.tooManyAttempts"::equals).count();
        assertEquals(attempts, failed + throttled, codes.toString());
        assertTrue(failed >= SignInThrottle.FREE_ATTEMPTS, codes.toString());
        assertEquals(
                failed,
                TestDatabase.signInFailures(SignInThrottle.subjectKey(email), SignInThrottle.source(source)),
                "every password checked is one failure on record");
        assertEquals(
                "account.signIn.tooManyAttempts",
                Http.json(me(http, email, PASSWORD, source, null)).getString("code"));
    }
}
