package org.greenhub.testsupport.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.greenhub.account.application.PasswordHasher;

/**
 * The application's password hasher, counting its PBKDF2 runs on the calling thread, so a test inside the server can
 * check how much hashing a sign-in or a registration did (the same for known and unknown addresses, none when
 * throttled) without timing anything. Replaces the hasher in every test deployment; it hashes exactly as the real one.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class CountingPasswordHasher extends PasswordHasher {

    /** PBKDF2 runs on this thread so far. */
    public record Runs(long checks, long hashes) {
        public Runs since(Runs before) {
            return new Runs(checks - before.checks, hashes - before.hashes);
        }
    }

    private static final ThreadLocal<long[]> RUNS = ThreadLocal.withInitial(() -> new long[2]);

    /** The counts on the calling thread; subtract an earlier reading ({@link Runs#since}) for what happened in between. */
    public Runs runs() {
        long[] counts = RUNS.get();
        return new Runs(counts[0], counts[1]);
    }

    @Override
    protected boolean verify(char[] password, String hash) {
        RUNS.get()[0]++;
        return super.verify(password, hash);
    }

    @Override
    protected String generate(char[] password) {
        RUNS.get()[1]++;
        return super.generate(password);
    }
}
