package org.greenhub.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;

/** Settings read from the environment (or equally named system properties), documented in the README. */
@ApplicationScoped
public class GreenHubConfig {

    /**
     * Settings that every request reads are checked once at start: a malformed base URL or allowed origin stops the
     * deployment with the entry named, rather than failing each call later.
     */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        publicAddress();
        allowedOrigins();
    }

    public Optional<String> value(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public boolean flag(String name, boolean defaultValue) {
        return value(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** Public address used in links sent by mail. */
    public String baseUrl() {
        String url = value("GREENHUB_BASE_URL").orElse("http://localhost:8080/");
        return url.endsWith("/") ? url : url + "/";
    }

    /** The same address, for redirects, API links and telling GreenHub's own pages from other sites. */
    public PublicAddress publicAddress() {
        return PublicAddress.of(baseUrl());
    }

    /** Other sites whose pages may call the API with a token (none unless {@code GREENHUB_CORS_ORIGINS} names them). */
    public AllowedOrigins allowedOrigins() {
        String setting = value("GREENHUB_CORS_ORIGINS").orElse(null);
        ParsedOrigins parsed = origins;
        if (parsed == null || !java.util.Objects.equals(parsed.setting(), setting)) {
            // every API response asks; the list is parsed again only when the setting itself changes
            parsed = new ParsedOrigins(setting, AllowedOrigins.parse(setting));
            origins = parsed;
        }
        return parsed.origins();
    }

    private record ParsedOrigins(String setting, AllowedOrigins origins) {}

    private volatile ParsedOrigins origins;

    public Optional<String> adminEmail() {
        return value("GREENHUB_ADMIN_EMAIL");
    }

    public Optional<String> adminPassword() {
        return value("GREENHUB_ADMIN_PASSWORD");
    }

    public boolean demoData() {
        return flag("GREENHUB_DEMO_DATA", false);
    }

    /** "sink" keeps mail in the outbox for the admin mail page; "smtp" sends it. */
    public String mailMode() {
        return value("GREENHUB_MAIL_MODE").orElse(value("GREENHUB_SMTP_HOST").isPresent() ? "smtp" : "sink");
    }

    public Duration absoluteSessionTimeout() {
        return Duration.ofMinutes(
                value("GREENHUB_SESSION_ABSOLUTE_MINUTES").map(Long::parseLong).orElse(720L));
    }
}
