package org.greenhub.evaluation.bench;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.JudgePagesClient;
import org.greenhub.testsupport.JudgePagesClient.Measured;
import org.junit.jupiter.api.Test;

/**
 * The server CPU time of the judge's queue (50 entries), the score form (six criteria) and the form's autosave, one
 * request at a time: the CPU time of the request thread that served each (the test deployment's
 * {@link org.greenhub.testsupport.server.ViewWeight}, {@code ThreadMXBean}), which other processes on the machine
 * do not add to, unlike the wall clock. It leaves out what Undertow does outside the servlet chain (parsing,
 * compression). A benchmark, not a test: it prints its figures and asserts nothing about them. Not part of
 * {@code verify}; run it alone in the test server:
 * {@code ./mvnw -Pbench verify -Dexec.skip=true -Dit.test=JudgePagesBenchmark} with the test ports.
 */
class JudgePagesBenchmark extends HttpTest {

    private static final int WARM_UP = Integer.getInteger("greenhub.bench.warmUp", 200);
    private static final int REQUESTS = Integer.getInteger("greenhub.bench.requests", 300);

    @Test
    void printsTheCpuTimeOfEachPagePerRequest() {
        JsonObject scene = postScenario("test-support/judge-pages-scenario?entries=50");
        JudgePagesClient judge = new JudgePagesClient(base, scene);
        // warm-up for the JIT, all three kinds interleaved as a judge's evening would
        for (int i = 0; i < WARM_UP; i++) {
            judge.queue();
            judge.form();
            judge.openForAutosave();
            judge.autosave("Warm-up draft " + i);
        }
        report("queue (50 entries)", i -> judge.queue());
        report("score form", i -> judge.form());
        judge.openForAutosave();
        report("autosave", i -> judge.autosave("Draft number " + i + " of the overall comment."));
    }

    private static void report(String what, IntFunction<Measured> request) {
        long[] nanos = new long[REQUESTS];
        long bytes = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Measured measured = request.apply(i);
            nanos[i] = measured.cpuNanos();
            bytes += measured.bytes();
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf(
                "JudgePagesBenchmark %-20s %d requests: CPU per request mean %.2f ms, median %.2f ms, p90 %.2f ms;"
                        + " %,d bytes a response%n",
                what, REQUESTS, mean, nanos[REQUESTS / 2] / 1e6, nanos[REQUESTS * 9 / 10] / 1e6, bytes / REQUESTS);
    }
}
