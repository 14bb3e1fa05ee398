package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.server.RequestCost;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, session 11: the manager's results page keeps in its view only what identifies what it shows (the round,
 * the table's page), not the computed rows, so a view of a round of 1,000 entries is no larger than one of 100; and
 * the results it shows are never older than the scores. Over HTTP as a manager's browser sends it (the page, then
 * the ranking's paginator by Ajax); {@link RequestCost} measures each request in the server and prints the figures
 * {@code docs/performance.md} records.
 */
class ResultsPageMemoryIT extends HttpTest {

    private static final String PAGE = "evaluation/manage/results.xhtml?round=";

    /** A rank cell of the ranking table, with or without the column title that reflow adds for phones. */
    private static final Pattern RANK_CELL =
            Pattern.compile("gh-rank\"[^>]*>(?:<span class=\"ui-column-title\">[^<]*</span>)?\\s*(\\d+)");

    private static final Pattern REFERENCE = Pattern.compile("class=\"gh-ref\">(R\\d{4}-[A-Za-z0-9]+)<");

    @Test
    void aViewOfAThousandEntriesHoldsNoMoreThanAViewOfAHundred() throws Exception {
        Figures hundred = measure(100);
        Figures thousand = measure(1000);
        assertTrue(hundred.bean > 0 && thousand.bean > 0, "the bean is found and serializable");
        assertTrue(
                thousand.bean <= hundred.bean + 1024,
                "a view of 1,000 entries holds " + thousand.bean + " bytes, of 100 " + hundred.bean);
        assertTrue(
                thousand.sessionTwoViews - thousand.sessionOneView
                        <= hundred.sessionTwoViews - hundred.sessionOneView + 4096,
                "a second view of 1,000 entries adds " + (thousand.sessionTwoViews - thousand.sessionOneView)
                        + " bytes to the session, of 100 " + (hundred.sessionTwoViews - hundred.sessionOneView));
    }

    @Test
    void aChangedScoreIsSeenOnTheNextPageRequest() {
        JsonObject round = postScenario("test-support/results-page-scenario?entries=3&judges=2&scoredBy=1&over=false");
        long roundId = round.getJsonNumber("roundId").longValue();
        List<String> refs = strings(round.getJsonArray("references"));
        FormSession manager = signedIn(round);
        String path = PAGE + roundId;
        String viewState = manager.viewState(path);
        // One judge: entry i scored tech i % 11, so the last entry leads.
        assertEquals(
                List.of(refs.get(2), refs.get(1), refs.get(0)),
                ranking(manager.get(path).body()));

        // A second judge submits the first entry's sheet with top marks: it now leads.
        postScenario("test-support/results-page-scenario?round=" + roundId + "&manager="
                + round.getJsonNumber("managerId").longValue() + "&entry=" + refs.get(0) + "&judge="
                + strings(round.getJsonArray("judges")).get(1) + "&tech=10&green=100");
        assertEquals(
                List.of(refs.get(0), refs.get(2), refs.get(1)),
                ranking(manager.get(path).body()));
        assertEquals(
                List.of(refs.get(0), refs.get(2), refs.get(1)),
                ranking(page(manager, path, viewState, 0).body()),
                "a view opened before the change shows the new ranking too");

        // The manager reopens that sheet: it leaves the results, and so does the lead.
        postScenario("test-support/results-page-scenario?round=" + roundId + "&manager="
                + round.getJsonNumber("managerId").longValue() + "&subject="
                + round.getJsonArray("subjectIds").getJsonNumber(0).longValue() + "&reopen="
                + round.getJsonArray("judgeIds").getJsonNumber(1).longValue());
        assertEquals(
                List.of(refs.get(2), refs.get(1), refs.get(0)),
                ranking(page(manager, path, viewState, 0).body()));
    }

    private Figures measure(int entries) throws Exception {
        // A round of 1,000 entries takes minutes to build on a loaded machine: longer than Http's minute.
        HttpResponse<String> scene = new Http(base)
                .send(HttpRequest.newBuilder(base.toURI()
                                .resolve("test-support/results-page-scenario?entries=" + entries
                                        + "&judges=3&scoredBy=3"))
                        .timeout(Duration.ofMinutes(15))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals(200, scene.statusCode(), scene.body());
        JsonObject round = Http.json(scene);
        long roundId = round.getJsonNumber("roundId").longValue();
        FormSession manager = signedIn(round);
        String path = PAGE + roundId;

        String viewState = manager.viewState(path);
        HttpResponse<String> next = page(manager, path, viewState, 25);
        assertEquals(200, next.statusCode());
        List<Integer> nextRanks = ranks(next.body());
        assertEquals(25, nextRanks.size(), next.body());
        assertEquals(26, nextRanks.get(0), "the next page starts at rank 26");
        assertEquals(50, nextRanks.get(24));
        String second = manager.viewState(path);
        assertTrue(!second.isEmpty());

        List<Cost> costs = costs(manager);
        assertEquals(3, costs.size(), "three measured requests: " + costs);
        Figures f = new Figures();
        f.entries = entries;
        f.first = costs.get(0);
        f.next = costs.get(1);
        f.again = costs.get(2);
        f.bean = Math.max(costs.get(0).beanBytes, costs.get(1).beanBytes);
        f.sessionOneView = costs.get(1).sessionBytes;
        f.sessionTwoViews = costs.get(2).sessionBytes;
        System.out.printf(
                "Results page, %,d entries: view-scoped bean %,d bytes, session %,d bytes after one view and %,d"
                        + " after two; first page %d statements %.1f ms CPU, next page %d statements %.1f ms CPU,"
                        + " the page again in a new view %d statements %.1f ms CPU%n",
                f.entries,
                f.bean,
                f.sessionOneView,
                f.sessionTwoViews,
                f.first.statements,
                f.first.cpuMs,
                f.next.statements,
                f.next.cpuMs,
                f.again.statements,
                f.again.cpuMs);
        return f;
    }

    private FormSession signedIn(JsonObject round) {
        FormSession session = new FormSession(base, Map.of(RequestCost.HEADER, "on"));
        HttpResponse<String> signIn = session.signIn(round.getString("manager"), round.getString("password"));
        assertEquals(200, signIn.statusCode());
        return session;
    }

    /** The ranking's paginator, as PrimeFaces sends it: the rows from {@code first}, 25 of them. */
    private static HttpResponse<String> page(FormSession session, String path, String viewState, int first) {
        String table = "rankingForm:rankingTable";
        return session.ajax(
                path,
                viewState,
                table,
                table,
                Map.of(
                        "rankingForm",
                        "rankingForm",
                        table + "_pagination",
                        "true",
                        table + "_first",
                        Integer.toString(first),
                        table + "_rows",
                        "25",
                        table + "_skipChildren",
                        "true",
                        table + "_encodeFeature",
                        "true"));
    }

    private static List<Integer> ranks(String html) {
        List<Integer> ranks = new ArrayList<>();
        Matcher m = RANK_CELL.matcher(html);
        while (m.find()) {
            ranks.add(Integer.parseInt(m.group(1)));
        }
        return ranks;
    }

    /** The entries of the ranking table, in the order shown. */
    private static List<String> ranking(String html) {
        List<String> refs = new ArrayList<>();
        int table = html.indexOf("rankingForm:rankingTable");
        Matcher m = REFERENCE.matcher(html.substring(Math.max(0, table)));
        while (m.find()) {
            refs.add(m.group(1));
        }
        // the ranking lists each entry once; the preview table after it lists them again
        return refs.subList(0, Math.min(3, refs.size()));
    }

    private List<Cost> costs(FormSession session) {
        HttpResponse<String> response =
                new Http(base).get("test-support/request-cost?session=" + session.cookie("JSESSIONID"), null);
        assertEquals(200, response.statusCode(), response.body());
        List<Cost> costs = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonObject o : reader.readArray().getValuesAs(JsonObject.class)) {
                costs.add(new Cost(
                        o.getJsonNumber("statements").longValue(),
                        o.getJsonNumber("cpuNanos").longValue() / 1e6,
                        o.getJsonNumber("beanBytes").longValue(),
                        o.getJsonNumber("sessionBytes").longValue()));
            }
        }
        return costs;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private record Cost(long statements, double cpuMs, long beanBytes, long sessionBytes) {}

    private static final class Figures {
        int entries;
        Cost first;
        Cost next;
        Cost again;
        long bean;
        long sessionOneView;
        long sessionTwoViews;
    }
}
