package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.greenhub.account.domain.CallRate;
import org.greenhub.platform.config.GreenHubConfig;

/**
 * Calls per token and minute, counted on each node ({@code GREENHUB_TOKEN_CALLS_PER_MINUTE}, 600 by default: ten a
 * second, far above what a statistics export or an integration needs, and low enough that a script in a loop cannot
 * crowd out the judges).
 */
@ApplicationScoped
public class TokenThrottle {

    static final int DEFAULT_PER_MINUTE = 600;

    private final ConcurrentHashMap<Long, CallRate> rates = new ConcurrentHashMap<>();

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    /** Counts a call of a token: 0 when it may go on, else the seconds to wait. */
    public long call(long tokenId) {
        Instant now = Instant.now(clock);
        if (rates.size() > 10_000) {
            // tokens no longer calling are forgotten, so the map stays as small as the tokens in use
            rates.values().removeIf(rate -> rate.isOver(now));
        }
        return rates.computeIfAbsent(tokenId, id -> new CallRate()).call(now, perMinute());
    }

    int perMinute() {
        return config.value("GREENHUB_TOKEN_CALLS_PER_MINUTE")
                .map(Integer::parseInt)
                .filter(limit -> limit > 0)
                .orElse(DEFAULT_PER_MINUTE);
    }
}
