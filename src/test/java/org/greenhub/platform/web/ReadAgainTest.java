package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

/** A view read again after a failover: what may be read is shown, a refusal shows nothing, a fault is not hidden. */
class ReadAgainTest {

    @Test
    void whatMayStillBeReadIsShown() {
        assertEquals(List.of("entry 7"), ReadAgain.orWhenRefused(() -> List.of("entry 7"), List.of()));
    }

    @Test
    void aRefusalNowShowsTheFallbackInsteadOfTheErrorPage() {
        assertEquals(
                List.of(),
                ReadAgain.orWhenRefused(
                        () -> {
                            throw DomainException.notFound();
                        },
                        List.<String>of()));
    }

    @Test
    void aFaultThatIsNoRefusalStillReachesTheErrorPage() {
        assertThrows(
                IllegalStateException.class,
                () -> ReadAgain.orWhenRefused(
                        () -> {
                            throw new IllegalStateException("database gone");
                        },
                        List.of()));
    }
}
