package org.greenhub.load.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judging window of issue 17 against a running GreenHub seeded with {@code -Pload-seed} (docs/performance.md).
 * Five scenarios, each at every concurrency of {@code greenhub.load.levels} (default 10, 50, 100), one after the other,
 * each for {@code greenhub.load.duration} seconds (default 60): the judge's queue, the score form of an entry of the
 * judge's own, an autosave of the overall comment (the Ajax request the page sends, view state and CSP nonce
 * included), a submit, and the manager's results page. Every virtual user signs in through the real form as its own
 * judge (judge u of a phase is {@code load.judgeNNN} with NNN = u mod 100 + 1), then repeats its request without pause
 * until the phase ends. Every response is checked: status 200, the judge's own entries and nothing else, no error page.
 * The table printed at the end is measured here; Gatling's own report (target/gatling) has the same requests.
 */
public class JudgingSimulation extends Simulation {

    private static final String BASE = property("greenhub.load.url", "http://localhost:8080/");
    private static final int DURATION = Integer.parseInt(property("greenhub.load.duration", "60"));
    private static final int JUDGES = Integer.parseInt(property("greenhub.load.judges", "100"));
    /** Entries per judge's share: entry i went to judges i, i+20, i+40, ... (LoadWorkload), so judge j has i = j mod 20. */
    private static final int SPACING = Integer.parseInt(property("greenhub.load.spacing", "20"));

    private static final List<Integer> LEVELS = Arrays.stream(
                    property("greenhub.load.levels", "10,50,100").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .toList();
    private static final List<String> SCENARIOS = Arrays.stream(
                    property("greenhub.load.scenarios", "queue,form,autosave,submit,results")
                            .split(","))
            .map(String::strip)
            .toList();

    private static final Pattern ROW = Pattern.compile("<tr[^>]*data-ri=.*?</tr>", Pattern.DOTALL);
    private static final Pattern PROJECT = Pattern.compile("Load project (\\d{4})");
    private static final Pattern LINK = Pattern.compile("score\\.xhtml\\?round=(\\d+)&amp;subject=(\\d+)");
    private static final Pattern STATE = Pattern.compile("gh-state-([A-Z_]+)");

    private static final AtomicLong SAVES = new AtomicLong();
    /** Submit consumes entries: each judge's unsubmitted entries are handed out once across all submit phases. */
    private static final java.util.Set<Long> SUBMITTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static String property(String name, String defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(
                    BASE.endsWith("/") ? BASE.substring(0, BASE.length() - 1) : BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("GreenHub load harness (Gatling)")
            // Pages only: the harness measures what GreenHub computes, not the static resources a browser caches.
            .disableCaching();

    {
        // Several WildFly processes (the two nodes of the cluster) are named with commas; their CPU is added up.
        Figures.wildflyPids = java.util.Arrays.stream(property(
                                "greenhub.load.pid",
                                String.valueOf(Figures.find(
                                        // The run command names its node after its HTTP port (GreenHubLauncher).
                                        "jboss-modules.jar",
                                        "-Djboss.node.name=greenhub-"
                                                + java.net.URI.create(BASE).getPort() + " ")))
                        .split(","))
                .mapToLong(pid -> Long.parseLong(pid.strip()))
                .toArray();
        Figures.postgresPid = Long.parseLong(property(
                "greenhub.load.db.pid",
                String.valueOf(Figures.find("bin/postgres", "-p " + property("greenhub.load.db.port", "54329")))));
        System.out.printf(
                Locale.ROOT,
                "Load harness: %s, phases %s x %s, %d s each; WildFly pid %s, PostgreSQL pid %d%n",
                BASE,
                SCENARIOS,
                LEVELS,
                DURATION,
                java.util.Arrays.toString(Figures.wildflyPids),
                Figures.postgresPid);
        PopulationBuilder chain = null;
        List<PopulationBuilder> order = new ArrayList<>();
        int offset = 0;
        for (String kind : SCENARIOS) {
            for (int level : LEVELS) {
                order.add(population(kind, level, offset));
                if (kind.equals("submit")) {
                    offset += level;
                }
            }
        }
        for (PopulationBuilder next : order) {
            chain = chain == null ? next : chain.andThen(next);
        }
        // Any failed check (a wrong entry, an error page, a refused save) fails the run, not just the figures.
        setUp(chain)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        System.out.println(Figures.table());
    }

    private PopulationBuilder population(String kind, int level, int offset) {
        String phase = kind + " c=" + level;
        Figures.phase(phase);
        ChainBuilder signIn = kind.equals("results")
                ? signIn(phase, "#{managerEmail}", "#{managerPassword}")
                : signIn(phase, "#{email}", "#{password}");
        ScenarioBuilder scenario = scenario(phase)
                .exec(session -> {
                    long user = session.userId();
                    int judge = (int) ((user + offset) % JUDGES) + 1;
                    return session.set("judge", judge)
                            .set("email", String.format(Locale.ROOT, "load.judge%03d@load.greenhub.local", judge))
                            .set("password", String.format(Locale.ROOT, "Load-Judge-%03d", judge))
                            .set("managerEmail", "load.manager@load.greenhub.local")
                            .set("managerPassword", "Load-Manager-2026");
                })
                .exec(signIn)
                .exitHereIfFailed()
                .exec(kind.equals("results") ? exec(session -> session) : queue("queue (setup) " + phase, false))
                .exitHereIfFailed()
                // Every user of the phase signs in and reads its queue first; the phase's window (and its CPU reading)
                // opens when the last one is ready, so that no sign-in's PBKDF2 is counted against the pages.
                .exec(session -> {
                    Figures.arrive(phase, level);
                    return session;
                })
                .asLongAs(session -> !Figures.started(phase))
                .on(pause(Duration.ofMillis(20)))
                .exec(body(kind, phase))
                .exec(session -> {
                    Figures.end(phase);
                    return session;
                })
                .exec(signOut());
        return scenario.injectOpen(atOnceUsers(level));
    }

    /** The real sign-in form: its view state first, then the POST the button sends. */
    private static ChainBuilder signIn(String phase, String email, String password) {
        return exec(http("sign-in form")
                        .get("/account/signin.xhtml")
                        .check(status().is(200))
                        .check(css("input[name='jakarta.faces.ViewState']", "value")
                                .saveAs("viewState")))
                .exec(http("sign-in")
                        .post("/account/signin.xhtml")
                        .formParam("signInForm", "signInForm")
                        .formParam("signInForm:email", email)
                        .formParam("signInForm:password", password)
                        .formParam("signInForm:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200))
                        .check(currentLocation().not(BASE + "account/signin.xhtml")));
    }

    /**
     * Signs out as a judge does at the end (not counted): without it every phase left its hundred sessions, each with
     * up to fifteen views, on the server until they timed out, and a later phase measured the garbage collector
     * fighting a full heap instead of the pages (session 12: after three runs, 78 full collections and the old
     * generation 98 % full in 512 MB).
     */
    private static ChainBuilder signOut() {
        return exec(http("sign-out form (setup)")
                        .get("/account/profile.xhtml")
                        .check(status().is(200))
                        .check(css("form#signOutForm input[name='jakarta.faces.ViewState']", "value")
                                .saveAs("signOutViewState")))
                .exec(http("sign-out (setup)")
                        .post("/account/profile.xhtml")
                        .formParam("signOutForm", "signOutForm")
                        .formParam("signOutForm:signOut", "")
                        .formParam("jakarta.faces.ViewState", "#{signOutViewState}")
                        .check(status().in(200, 302)));
    }

    private ChainBuilder body(String kind, String phase) {
        return switch (kind) {
            case "queue" -> measured(phase, queue(phase, true));
            case "form" -> measured(phase, exec(pickEntry(false)).exec(scoreForm(phase)));
            // A judge with nothing left to score has no draft to save: that virtual user stops instead of looping
            // without a request (after a run with submits, a second run met ten such users spinning in Gatling).
            case "autosave" ->
                exec(pickEntry(true))
                        .exitHereIfFailed()
                        .exec(scoreForm("score form (before autosave) " + phase))
                        .exec(measured(phase, autosave(phase)));
            case "submit" -> submitLoop(phase);
            case "results" -> measured(phase, results(phase));
            default -> throw new IllegalArgumentException("Unknown scenario " + kind);
        };
    }

    /** Repeats {@code request} until the phase's time is up, timing each and counting failed checks as errors. */
    private static ChainBuilder measured(String phase, ChainBuilder request) {
        // exitASAP false: a request that outlasts the phase still finishes and is counted (Gatling's default would
        // leave the loop right after it, before it is recorded).
        return during(Duration.ofSeconds(DURATION), false).on(request.exec(session -> record(phase, session)));
    }

    private static Session record(String phase, Session session) {
        Figures.Phase figures = Figures.phase(phase);
        if (session.isFailed()) {
            figures.errors.incrementAndGet();
        } else if (session.contains("rt")) {
            figures.record(session.getInt("rt"));
        }
        return session.remove("rt").markAsSucceeded();
    }

    /**
     * The judge's queue: every entry on it is one of the judge's own (project numbers in the judge's share), all of
     * them are there, and their score links are kept for the other scenarios.
     */
    private static ChainBuilder queue(String name, boolean timed) {
        HttpRequestActionBuilder get = http(name)
                .get("/evaluation/judge/queue.xhtml")
                .check(status().is(200))
                .check(bodyString().saveAs("queuePage"));
        if (timed) {
            get = get.check(responseTimeInMillis().saveAs("rt"));
        }
        return exec(get).exec(session -> {
            if (session.isFailed()) {
                return session;
            }
            int judge = session.getInt("judge");
            String page = session.getString("queuePage");
            List<long[]> toDo = new ArrayList<>();
            List<long[]> all = new ArrayList<>();
            int rows = 0;
            Matcher row = ROW.matcher(page);
            while (row.find()) {
                String tr = row.group();
                Matcher project = PROJECT.matcher(tr);
                Matcher link = LINK.matcher(tr);
                Matcher state = STATE.matcher(tr);
                if (!project.find() || !link.find() || !state.find()) {
                    continue;
                }
                rows++;
                int number = Integer.parseInt(project.group(1));
                if ((number - 1) % SPACING != (judge - 1) % SPACING) {
                    // Another judge's entry on this judge's queue: the worst error there is.
                    return session.markAsFailed();
                }
                long[] entry = {Long.parseLong(link.group(1)), Long.parseLong(link.group(2))};
                all.add(entry);
                if (!state.group(1).equals("SUBMITTED")) {
                    toDo.add(entry);
                }
            }
            if (rows == 0 || page.contains("Not found.")) {
                return session.markAsFailed();
            }
            return session.remove("queuePage").set("entries", all).set("toDo", toDo);
        });
    }

    /** One of the judge's entries (a random one; with {@code unsubmitted}, one still to score). */
    private static ChainBuilder pickEntry(boolean unsubmitted) {
        return exec(session -> {
            List<long[]> from = session.getList(unsubmitted ? "toDo" : "entries");
            if (from.isEmpty()) {
                return session.markAsFailed();
            }
            long[] entry =
                    from.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(from.size()));
            return session.set("round", entry[0]).set("subject", entry[1]);
        });
    }

    /** The score form: the entry beside the sheet, the form with its view state and the page's CSP nonce. */
    private static ChainBuilder scoreForm(String name) {
        return exec(http(name)
                .get("/evaluation/judge/score.xhtml?round=#{round}&subject=#{subject}")
                .check(responseTimeInMillis().saveAs("rt"))
                .check(status().is(200))
                .check(css("#entryReference").exists())
                .check(css("#scoreForm").exists())
                .check(bodyString().transform(b -> !b.contains("Not found.")).is(true))
                .check(css("form#scoreForm input[name='jakarta.faces.ViewState']", "value")
                        .saveAs("viewState"))
                .check(regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)")
                        .optional()
                        .saveAs("nonce")));
    }

    /** The overall comment's change event, as PrimeFaces sends it: about 2 KB, different every time. */
    private static ChainBuilder autosave(String name) {
        return exec(partial(http(name)
                        .post("/evaluation/judge/score.xhtml?round=#{round}&subject=#{subject}")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", "scoreForm:overallComment")
                        .formParam("jakarta.faces.partial.execute", "scoreForm:overallComment")
                        .formParam(
                                "jakarta.faces.partial.render", "scoreForm:overallComment_message scoreForm:saveStatus")
                        .formParam("jakarta.faces.behavior.event", "change")
                        .formParam("jakarta.faces.partial.event", "change")
                        .formParam("scoreForm", "scoreForm")
                        .formParam("scoreForm:overallComment", session -> draft(SAVES.incrementAndGet())))
                .check(responseTimeInMillis().saveAs("rt"))
                .check(status().is(200))
                .check(bodyString()
                        .transform(b -> b.contains("Draft saved at") && !b.contains("<error"))
                        .is(true)));
    }

    /** Submits the judge's to-do entries one after the other until none is left or the time is up. */
    private ChainBuilder submitLoop(String phase) {
        return exec(nextToSubmit())
                .asLongAsDuring(session -> session.getLong("round") >= 0, Duration.ofSeconds(DURATION), false)
                .on(exec(scoreForm("score form (before submit) " + phase))
                        .exec(session -> session.remove("rt"))
                        .exec(partial(http(phase)
                                        .post("/evaluation/judge/score.xhtml?round=#{round}&subject=#{subject}")
                                        .formParam("jakarta.faces.partial.ajax", "true")
                                        .formParam("jakarta.faces.source", "scoreForm:submit")
                                        .formParam("jakarta.faces.partial.execute", "scoreForm")
                                        .formParam(
                                                "jakarta.faces.partial.render", "scoreForm otherScores roundProgress")
                                        .formParam("scoreForm:submit", "scoreForm:submit")
                                        .formParam("scoreForm", "scoreForm")
                                        .formParam("scoreForm:technology", "7.5")
                                        .formParam("scoreForm:technology_comment", "")
                                        .formParam("scoreForm:market", "6")
                                        .formParam("scoreForm:market_comment", "")
                                        .formParam("scoreForm:business", "8")
                                        .formParam("scoreForm:business_comment", "")
                                        .formParam("scoreForm:team", "7")
                                        .formParam("scoreForm:team_comment", "")
                                        .formParam("scoreForm:green", "8.5")
                                        .formParam("scoreForm:green_comment", "")
                                        .formParam("scoreForm:feasibility", "6.5")
                                        .formParam("scoreForm:feasibility_comment", "")
                                        .formParam(
                                                "scoreForm:overallComment", session -> draft(SAVES.incrementAndGet())))
                                .check(responseTimeInMillis().saveAs("rt"))
                                .check(status().is(200))
                                .check(bodyString()
                                        .transform(b ->
                                                b.contains("You submitted this score sheet") && !b.contains("<error"))
                                        .is(true)))
                        .exec(session -> record(phase, session))
                        .exec(nextToSubmit()));
    }

    /** The judge's next entry to submit that no earlier virtual user of this judge took (round -1: none left). */
    private static ChainBuilder nextToSubmit() {
        return exec(session -> {
            List<long[]> toDo = session.getList("toDo");
            for (long[] entry : toDo) {
                if (SUBMITTED.add(entry[1])) {
                    return session.set("round", entry[0]).set("subject", entry[1]);
                }
            }
            return session.set("round", -1L);
        });
    }

    /** The manager's results of the seeded round: the ranking is there, no error page. */
    private static ChainBuilder results(String name) {
        return exec(http(name)
                .get("/evaluation/manage/results.xhtml?round=" + property("greenhub.load.round", "0"))
                .check(responseTimeInMillis().saveAs("rt"))
                .check(status().is(200))
                .check(bodyString()
                        .transform(b -> b.contains("Load project") && !b.contains("Not found."))
                        .is(true)));
    }

    /** The headers and the two parameters every PrimeFaces Ajax request carries. */
    private static HttpRequestActionBuilder partial(HttpRequestActionBuilder request) {
        return request.header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", session -> session.contains("nonce") ? session.getString("nonce") : "");
    }

    /** A draft comment of about 2 KB whose text changes with {@code n}. */
    private static String draft(long n) {
        StringBuilder text = new StringBuilder("Draft ").append(n).append(": ");
        List<String> parts = new ArrayList<>(List.of(
                "The pilot data are convincing but come from one site only.",
                "The payback period assumes a grid price above today's tariff.",
                "The team mixes process engineers and sales people well.",
                "Named first customers would make the market plan credible.",
                "The emissions figures use the regional grid factor, as they should."));
        Collections.shuffle(parts, new java.util.Random(n));
        while (text.length() < 2000) {
            for (String part : parts) {
                text.append(part).append(' ');
            }
        }
        return text.substring(0, 2000).strip();
    }
}
