package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.config.GreenHubConfig;

/**
 * The operator's OpenID Connect provider ({@code GREENHUB_OIDC_*}, documented in docs/operations.md). Off unless an
 * issuer and a client id are set: the sign-in page then shows no provider button.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    GreenHubConfig config;

    /** What one sign-in needs of the configuration, read once per sign-in (the environment does not change). */
    public record Provider(
            String issuer,
            String clientId,
            String clientSecret,
            String scopes,
            String emailClaim,
            Optional<String> roleClaim,
            Map<String, Set<Role>> roleMap,
            AccountCreation creation,
            String displayName) {}

    /** Whom a first sign-in may give a new account: nobody, anybody with a verified address, or these domains. */
    public record AccountCreation(boolean anybody, Set<String> domains) {

        public static AccountCreation parse(String value) {
            if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
                return new AccountCreation(false, Set.of());
            }
            if (value.trim().equalsIgnoreCase("true")) {
                return new AccountCreation(true, Set.of());
            }
            Set<String> domains = new java.util.TreeSet<>();
            for (String entry : value.split(",")) {
                String domain = entry.trim().toLowerCase(Locale.ROOT);
                if (domain.startsWith("@")) {
                    domain = domain.substring(1);
                }
                if (!domain.isEmpty()) {
                    domains.add(domain);
                }
            }
            return new AccountCreation(false, Set.copyOf(domains));
        }

        public boolean allows(String email) {
            if (anybody) {
                return true;
            }
            int at = email.lastIndexOf('@');
            return at > 0 && domains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
        }
    }

    public boolean enabled() {
        return config.value("GREENHUB_OIDC_ISSUER").isPresent()
                && config.value("GREENHUB_OIDC_CLIENT_ID").isPresent();
    }

    /** The provider's name on the sign-in button ("Sign in with …"). */
    public String displayName() {
        return config.value("GREENHUB_OIDC_DISPLAY_NAME").orElse("OpenID Connect");
    }

    public Provider provider() {
        if (!enabled()) {
            throw new IllegalStateException("OpenID Connect sign-in is not configured (GREENHUB_OIDC_ISSUER)");
        }
        String issuer = config.value("GREENHUB_OIDC_ISSUER").orElseThrow();
        return new Provider(
                // The issuer as the provider writes it in its tokens: a trailing slash is part of the comparison.
                issuer,
                config.value("GREENHUB_OIDC_CLIENT_ID").orElseThrow(),
                config.value("GREENHUB_OIDC_CLIENT_SECRET").orElse(null),
                config.value("GREENHUB_OIDC_SCOPES").orElse("openid email profile"),
                config.value("GREENHUB_OIDC_EMAIL_CLAIM").orElse("email"),
                config.value("GREENHUB_OIDC_ROLE_CLAIM"),
                parseRoleMap(config.value("GREENHUB_OIDC_ROLE_MAP").orElse("")),
                AccountCreation.parse(
                        config.value("GREENHUB_OIDC_CREATE_ACCOUNTS").orElse(null)),
                displayName());
    }

    /**
     * {@code greenhub-judges:JUDGE,greenhub-managers:PROGRAMME_MANAGER}: a claim value and the role it gives. A
     * role GreenHub does not know stops the sign-in with the entry named, rather than granting nothing silently.
     */
    public static Map<String, Set<Role>> parseRoleMap(String value) {
        Map<String, Set<Role>> map = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return map;
        }
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("GREENHUB_OIDC_ROLE_MAP: not value:ROLE: " + entry.trim());
            }
            String claimValue = entry.substring(0, colon).trim();
            String roleName = entry.substring(colon + 1).trim().toUpperCase(Locale.ROOT);
            List<String> known = Arrays.stream(Role.values()).map(Role::name).toList();
            if (!known.contains(roleName)) {
                throw new IllegalArgumentException(
                        "GREENHUB_OIDC_ROLE_MAP: unknown role " + roleName + " (one of " + known + ")");
            }
            map.computeIfAbsent(claimValue, key -> EnumSet.noneOf(Role.class)).add(Role.valueOf(roleName));
        }
        return map;
    }
}
