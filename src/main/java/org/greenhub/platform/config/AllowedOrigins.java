package org.greenhub.platform.config;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The other sites whose pages may call GreenHub's API from a browser ({@code GREENHUB_CORS_ORIGINS}: origins such as
 * {@code https://stats.zone.example}, separated by commas or spaces). None by default: cross-origin calls stay off
 * until an operator names a site. Each entry is an exact origin, scheme, host and port; there is no wildcard, because
 * a token holder's data should reach only the sites the operator trusts.
 */
public final class AllowedOrigins {

    private static final AllowedOrigins NONE = new AllowedOrigins(Set.of());

    private final Set<String> origins;

    private AllowedOrigins(Set<String> origins) {
        this.origins = origins;
    }

    /** Reads the setting; a malformed entry is refused with its text, so a typo never silently opens or closes a site. */
    public static AllowedOrigins parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        Set<String> origins = Arrays.stream(setting.trim().split("[,\\s]+"))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> normalise(entry)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "GREENHUB_CORS_ORIGINS: not an http(s) origin (scheme://host[:port]): " + entry)))
                .collect(Collectors.toUnmodifiableSet());
        return new AllowedOrigins(origins);
    }

    public boolean isEmpty() {
        return origins.isEmpty();
    }

    /** Whether an {@code Origin} header a browser sent names one of the sites (compared as normalised origins). */
    public boolean allows(String origin) {
        return origin != null && normalise(origin).map(origins::contains).orElse(false);
    }

    /** {@code scheme://host[:port]} in lower case without a default port, or empty when it is not such an origin. */
    static Optional<String> normalise(String origin) {
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean pathless = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
        if (!("http".equals(scheme) || "https".equals(scheme))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || !pathless
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        int port = uri.getPort();
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (port < 0 || port == defaultPort ? "" : ":" + port));
    }
}
