package org.greenhub.load.gatling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the simulation measures itself, per phase (a scenario at one concurrency): response times, errors, the phase's
 * window, and the CPU time the server's processes spent in it, read from {@code /proc/<pid>/stat} (utime + stime, in
 * clock ticks of 10 ms) of the WildFly JVM and of the PostgreSQL server with its backends.
 */
final class Figures {

    /** Linux's USER_HZ on every usual kernel: /proc/<pid>/stat counts CPU time in hundredths of a second. */
    private static final double MS_PER_TICK = 10.0;

    static final class Phase {
        final String name;
        final List<Integer> times = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        int arrived;
        long firstArrival;
        volatile long startNanos;
        volatile long endNanos;
        volatile long wildflyStart;
        volatile long postgresStart;
        volatile long wildflyEnd;
        volatile long postgresEnd;

        Phase(String name) {
            this.name = name;
        }

        synchronized void record(int millis) {
            times.add(millis);
        }
    }

    private static final long WAIT_FOR_ALL_NANOS = 120_000_000_000L;

    private static final Map<String, Phase> PHASES = new ConcurrentHashMap<>();
    private static final List<String> ORDER = new ArrayList<>();

    static long[] wildflyPids = {};
    static long postgresPid;

    private Figures() {}

    static synchronized Phase phase(String name) {
        return PHASES.computeIfAbsent(name, n -> {
            ORDER.add(n);
            return new Phase(n);
        });
    }

    /**
     * A virtual user of the phase is signed in and ready. The last of the phase's {@code level} users starts its clock
     * and CPU reading, so that the window holds only the measured requests: before session 12 the first user started it,
     * and the other users' sign-ins (a PBKDF2 run each, about 0.1 s of CPU) were counted against the pages, several
     * milliseconds a request at 100 users.
     */
    static synchronized void arrive(String name, int level) {
        Phase phase = phase(name);
        if (phase.firstArrival == 0) {
            phase.firstArrival = System.nanoTime();
        }
        phase.arrived++;
        if (phase.arrived >= level) {
            start(phase);
        }
    }

    /**
     * Whether the phase's window is open. A user that could not sign in never arrives; after two minutes the window
     * opens for those that did (and the failed sign-ins are Gatling's errors).
     */
    static synchronized boolean started(String name) {
        Phase phase = phase(name);
        if (phase.startNanos == 0 && System.nanoTime() - phase.firstArrival > WAIT_FOR_ALL_NANOS) {
            start(phase);
        }
        return phase.startNanos != 0;
    }

    private static void start(Phase phase) {
        if (phase.startNanos == 0) {
            phase.startNanos = System.nanoTime();
            phase.wildflyStart = wildflyTicks();
            phase.postgresStart = ticks(postgresPid, true);
        }
    }

    /** Every virtual user that finishes moves the phase's end (and end reading) to now. */
    static synchronized void end(String name) {
        Phase phase = phase(name);
        phase.endNanos = System.nanoTime();
        phase.wildflyEnd = wildflyTicks();
        phase.postgresEnd = ticks(postgresPid, true);
    }

    static String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n%-22s %8s %8s %8s %8s %8s %7s %10s %10s%n",
                "phase",
                "requests",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "errors",
                "JVM ms/req",
                "PG ms/req"));
        for (String name : ORDER) {
            Phase p = PHASES.get(name);
            int[] sorted;
            synchronized (p) {
                sorted = p.times.stream().mapToInt(Integer::intValue).toArray();
            }
            Arrays.sort(sorted);
            double seconds = (p.endNanos - p.startNanos) / 1e9;
            int n = sorted.length;
            out.append(String.format(
                    Locale.ROOT,
                    "%-22s %8d %8.1f %8d %8d %8d %7d %10s %10s%n",
                    name,
                    n,
                    seconds > 0 ? n / seconds : 0,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    p.errors.get(),
                    perRequest(p.wildflyEnd - p.wildflyStart, n, wildflyPids.length == 0 ? 0 : wildflyPids[0]),
                    perRequest(p.postgresEnd - p.postgresStart, n, postgresPid)));
        }
        return out.toString();
    }

    private static String perRequest(long ticks, int requests, long pid) {
        return pid <= 0 || requests == 0 ? "-" : String.format(Locale.ROOT, "%.1f", ticks * MS_PER_TICK / requests);
    }

    private static int percentile(int[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** utime + stime of every WildFly process measured. */
    private static long wildflyTicks() {
        long total = 0;
        for (long pid : wildflyPids) {
            total += ticks(pid, false);
        }
        return total;
    }

    /** utime + stime of a process (and, for PostgreSQL, of its children: one backend per pooled connection). */
    static long ticks(long pid, boolean withChildren) {
        if (pid <= 0) {
            return 0;
        }
        long total = ownTicks(pid);
        if (withChildren) {
            try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    String name = p.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit) && parent(Long.parseLong(name)) == pid) {
                        total += ownTicks(Long.parseLong(name));
                    }
                }
            } catch (IOException e) {
                return total;
            }
        }
        return total;
    }

    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name in parentheses may hold spaces; the fields after it are plain.
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long ownTicks(long pid) {
        String[] f = stat(pid);
        // After the name: state(0) ppid(1) ... utime(11) stime(12).
        return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long parent(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** The first process whose command line holds every one of {@code parts}, or 0. */
    static long find(String... parts) {
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (Stream.of(parts).allMatch(cmd::contains)) {
                        return Long.parseLong(name);
                    }
                } catch (IOException | RuntimeException gone) {
                    // exited while listed
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
