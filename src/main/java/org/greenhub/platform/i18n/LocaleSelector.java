package org.greenhub.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of this visitor's pages. Chosen once, it is remembered: in a cookie for visitors and, for signed-in
 * users, in their account (the account feature listens to {@link LanguageChosen}).
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "greenhub-lang";

    @Inject
    Event<LanguageChosen> languageChosen;

    private Language language;
    private boolean chosenHere;
    private String submittedTag;

    public Locale getLocale() {
        if (language == null) {
            language = detect();
        }
        return language.locale();
    }

    public String getLanguageTag() {
        return Language.of(getLocale()).tag();
    }

    /** The menu's submitted value, applied by {@link #applySubmitted()}. */
    public void setLanguageTag(String tag) {
        this.submittedTag = tag;
    }

    public String applySubmitted() {
        return choose(submittedTag);
    }

    public String getLanguageCode() {
        return getLocale().getLanguage();
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    /** Called when a signed-in user's stored preference becomes known. */
    public void use(Language chosen) {
        this.language = chosen;
    }

    /**
     * The language this visitor picked themselves, in this session or earlier on this browser (the cookie), as
     * opposed to one guessed from the browser's settings. At sign-in it wins over the account's stored language.
     */
    public java.util.Optional<Language> chosenByVisitor() {
        if (chosenHere && language != null) {
            return java.util.Optional.of(language);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null
                ? java.util.Optional.empty()
                : fromCookie((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    private static java.util.Optional<Language> fromCookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    var fromCookie = Language.fromTag(cookie.getValue());
                    if (fromCookie.isPresent()) {
                        return fromCookie;
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A language the person chose (menu, profile): used from now on and remembered in the cookie, so the next sign-in
     * on this browser keeps it rather than an older choice.
     */
    public void keep(Language chosen) {
        this.language = chosen;
        this.chosenHere = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.tag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            HttpServletRequest request =
                    (HttpServletRequest) faces.getExternalContext().getRequest();
            cookie.setSecure(request.isSecure());
            ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
        }
    }

    /** The visitor picks a language from the menu. */
    public String choose(String tag) {
        Language chosen = Language.fromTag(tag).orElse(Language.ENGLISH);
        keep(chosen);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getViewRoot().setLocale(chosen.locale());
        }
        languageChosen.fire(new LanguageChosen(chosen));
        if (faces != null) {
            ExternalContext external = faces.getExternalContext();
            // Reload the same page (GET), so every component is rendered in the new language.
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String uri = request.getRequestURI();
            String query = request.getQueryString();
            if (query == null) {
                // The menu posts to the page without its address's query (?id=…): the layout sends it along.
                query = returnQuery(request.getParameter(RETURN_QUERY));
            }
            try {
                external.redirect(uri + (query == null ? "" : "?" + query));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return null;
    }

    /** The hidden field of the language menu that carries the page's query string through the post. */
    public static final String RETURN_QUERY = "returnQuery";

    /** Only a query (names, values, percent escapes): nothing that could make the redirect leave this page. */
    private static final java.util.regex.Pattern SAFE_QUERY =
            java.util.regex.Pattern.compile("[A-Za-z0-9_.~%=&+\\-]{1,2000}");

    static String returnQuery(String posted) {
        return posted != null && SAFE_QUERY.matcher(posted).matches() ? posted : null;
    }

    private Language detect() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Language.ENGLISH;
        }
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        var fromCookie = fromCookie(request);
        if (fromCookie.isPresent()) {
            return fromCookie.get();
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            var match = Language.fromTag(wanted.toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Language.ENGLISH;
    }

    /** Fired when the visitor picks a language. */
    public record LanguageChosen(Language language) {}
}
