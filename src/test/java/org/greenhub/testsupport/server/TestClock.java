package org.greenhub.testsupport.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/** Replaces the application's system clock in every test deployment with {@link TestTime}'s clock. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

    @Produces
    Clock clock() {
        return TestTime.clock();
    }
}
