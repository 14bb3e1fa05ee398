package org.greenhub.account.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.greenhub.account.domain.PasswordPolicy;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.persistence.ClusterLock;
import org.greenhub.platform.persistence.DatabaseMigration;

/**
 * On a database without administrator, creates one from GREENHUB_ADMIN_EMAIL / GREENHUB_ADMIN_PASSWORD, or with a
 * generated password printed once to the server log.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    public static final int PRIORITY = DatabaseMigration.PRIORITY + 10;
    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    GreenHubConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ClusterLock clusterLock;

    @Transactional
    void createFirstAdministrator(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        clusterLock.acquireForTransaction("greenhub.bootstrap");
        if (accounts.countWithRole(Role.ADMINISTRATOR) > 0) {
            return;
        }
        String email = config.adminEmail().orElse("admin@greenhub.local");
        if (accounts.emailTaken(email)) {
            accounts.findByEmail(email).ifPresent(existing -> existing.grant(Role.ADMINISTRATOR));
            return;
        }
        String password = config.adminPassword().orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = generatePassword();
        } else if (PasswordPolicy.isCommon(password) || password.length() < PasswordPolicy.MIN_LENGTH) {
            LOG.warning("GREENHUB_ADMIN_PASSWORD is weak; change it after signing in.");
        }
        UserAccount admin =
                accounts.add(UserAccount.bootstrapAdministrator(email, hasher.hash(password), Instant.now(clock)));
        audit.record("ADMIN_BOOTSTRAPPED", "UserAccount", admin.getId(), null, admin.snapshot(), null);
        if (generated) {
            // Printed once, on the console of whoever started the server; it is stored only as a hash.
            String line = "=".repeat(72);
            System.out.println(line + "\n GreenHub first administrator: " + email + "\n Password (shown only now): "
                    + password + "\n" + line);
        } else {
            LOG.info(() -> "First administrator created: " + email);
        }
    }

    private static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
