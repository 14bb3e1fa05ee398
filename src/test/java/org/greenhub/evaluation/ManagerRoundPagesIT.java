package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.server.ViewWeight;
import org.junit.jupiter.api.Test;

/**
 * The manager's pages of a round keep what grows with the round out of the session (issue 17): a cluster copies the
 * session after every request, and records slowly (docs/architecture.md, "Several nodes"). The progress page keeps no
 * record of the round's judges, entries or sheets, and reopening a submitted sheet from it still names the sheet and
 * reopens it; the round page keeps no list of its entries, panels, assignments or conflicts.
 */
class ManagerRoundPagesIT extends HttpTest {

    private static final String VIEW_BEANS = "com.sun.faces.application.view.activeViewMaps";

    private static final Pattern SUBMITTED = Pattern.compile("id=\"submittedFigure\">\\s*(\\d+) / (\\d+)\\s*<");

    @Test
    void aLargeRoundsProgressStaysOutOfTheSessionAndASheetIsReopenedFromIt() {
        // 30 entries, each scored by its 3 judges: 90 submitted sheets.
        JsonObject round = postScenario("test-support/results-page-scenario?entries=30&judges=3&scoredBy=3&over=false");
        FormSession manager = signedIn(round.getString("manager"), round.getString("password"));
        String page = "evaluation/manage/progress.xhtml?round=" + round.getJsonNumber("roundId");

        HttpResponse<String> opened = manager.get(page);
        assertEquals(200, opened.statusCode());
        assertEquals(List.of(90, 90), submitted(opened.body()), "submitted of assigned, before reopening");
        JsonObject weight = Http.json(manager.get("test-support/view-weight"));
        long viewBeans =
                weight.getJsonObject("attributes").getJsonNumber(VIEW_BEANS).longValue();
        System.out.println("ManagerRoundPagesIT the progress page's view-scoped bean in the session: " + viewBeans
                + " bytes (30 entries, 90 sheets)");
        assertEquals(
                List.of(),
                weight.getJsonArray("recordsInViewBeans").getValuesAs(JsonString::getString),
                "records kept by the progress page's view-scoped bean");
        assertTrue(viewBeans <= 3_000, "the progress page's view-scoped bean in the session: " + viewBeans);

        // The first submitted sheet's "Reopen" opens the dialog naming it; confirming with a reason reopens it.
        // The view first goes through serialization, as after a failover: the progress is read again for the dialog.
        String viewState = manager.viewState(page);
        afterAFailover(manager);
        HttpResponse<String> asked = manager.ajax(
                page,
                viewState,
                "progressForm:sheets:0:reopenSheet",
                "progressForm:sheets:0:reopenSheet",
                "reopenForm",
                Map.of("progressForm", "progressForm"));
        assertEquals(200, asked.statusCode());
        Matcher which = Pattern.compile("Score sheet of ([^<]+) for ([^<]+)\\.").matcher(asked.body());
        assertTrue(which.find(), "the dialog names the sheet: " + asked.body());
        HttpResponse<String> reopened = manager.ajax(
                page,
                viewState,
                "reopenForm:confirmReopen",
                "reopenForm",
                "reopenForm progressForm pageMessages",
                Map.of("reopenForm", "reopenForm", "reopenForm:reason", "The judge asked to correct a score."));
        assertEquals(200, reopened.statusCode());
        assertTrue(
                reopened.body()
                        .contains(BundleText.english("resultsui", "evaluation.resultsui.progress.reopened")
                                .replace("{1}", which.group(1))
                                .replace("{0}", which.group(2))),
                reopened.body());
        assertEquals(List.of(89, 90), submitted(reopened.body()), "submitted of assigned, after reopening");
    }

    @Test
    void theRoundPageKeepsItsEntriesAndAssignmentsOutOfTheSession() {
        JsonObject small = postScenario("test-support/results-page-scenario?entries=3&judges=3&scoredBy=0&over=false");
        JsonObject large = postScenario("test-support/results-page-scenario?entries=60&judges=3&scoredBy=0&over=false");
        long smallBeans = roundPageBeans(small);
        long largeBeans = roundPageBeans(large);
        System.out.println("ManagerRoundPagesIT the round page's view-scoped beans in the session: " + smallBeans
                + " bytes (3 entries, 9 assignments), " + largeBeans + " bytes (60 entries, 180 assignments)");
        // The lists differ twentyfold; what the view keeps does not grow with them (names and ids differ a little).
        assertTrue(
                largeBeans - smallBeans < 300,
                "the round page's view-scoped beans grew with the round: " + smallBeans + " -> " + largeBeans);
    }

    @Test
    void aPreviewedPlanIsShownWithoutKeepingItsRowsInTheSession() {
        JsonObject scene = postScenario("test-support/round-api-scenario");
        FormSession manager = signedIn(scene.getString("plannedManager"), scene.getString("password"));
        String page = "evaluation/manage/round.xhtml?id=" + scene.getJsonNumber("plannedRoundId");

        String viewState = manager.viewState(page);
        HttpResponse<String> previewed = manager.ajax(
                page,
                viewState,
                "roundTabs:assignForm:preview",
                "roundTabs:assignForm",
                "roundTabs:assignForm",
                Map.of("roundTabs:assignForm", "roundTabs:assignForm"));

        assertEquals(200, previewed.statusCode());
        assertTrue(previewed.body().contains("previewTable"), "the plan is shown: " + previewed.body());
        // Each entry gets both judges of the panel (two per entry): the rows show each entry with two names.
        Matcher row = Pattern.compile("-P1</td>\\s*<td[^>]*>(?:<span[^>]*>)?(Judge [^<]+, Judge [^<]+)<")
                .matcher(previewed.body());
        assertTrue(row.find(), "an entry's row names its judges: " + previewed.body());
        JsonObject weight = Http.json(manager.get("test-support/view-weight"));
        List<String> records = weight.getJsonArray("recordsInViewBeans").getValuesAs(JsonString::getString);
        System.out.println(
                "ManagerRoundPagesIT records in the round page's view-scoped beans after a preview: " + records);
        // A thousand rows in issue 17's round: a cluster would copy them with every request of the page.
        assertFalse(
                records.stream().anyMatch(r -> r.contains("PreviewRow") || r.contains("LoadRow")), records.toString());

        // After a failover the other node receives the view without the rows: it plans them again for the same seed.
        afterAFailover(manager);
        HttpResponse<String> again = manager.ajax(
                page,
                viewState,
                "roundTabs:assignForm",
                "@none",
                "roundTabs:assignForm",
                Map.of("roundTabs:assignForm", "roundTabs:assignForm"));
        assertEquals(200, again.statusCode());
        Matcher rowAgain = Pattern.compile("-P1</td>\\s*<td[^>]*>(?:<span[^>]*>)?(Judge [^<]+, Judge [^<]+)<")
                .matcher(again.body());
        assertTrue(rowAgain.find(), "the plan is shown again: " + again.body());
        assertEquals(row.group(1), rowAgain.group(1), "the same plan for the same seed");
    }

    /** A manager's own session, signed in, whose page requests {@link ViewWeight} measures. */
    private FormSession signedIn(String email, String password) {
        FormSession manager = new FormSession(base, Map.of(ViewWeight.HEADER, "1"));
        assertEquals(200, manager.signIn(email, password).statusCode());
        return manager;
    }

    /** The session's view-scoped beans as the node that takes over after a failover receives them (transients empty). */
    private static void afterAFailover(FormSession session) {
        assertEquals(
                204,
                session.postWithoutBody("test-support/view-round-trip", Map.of())
                        .statusCode());
    }

    /** Opens the round page as the round's manager (a session of its own) and answers its view-scoped beans' bytes. */
    private long roundPageBeans(JsonObject round) {
        FormSession manager = signedIn(round.getString("manager"), round.getString("password"));
        String first = round.getJsonArray("references").getString(0);
        HttpResponse<String> page = manager.get("evaluation/manage/round.xhtml?id=" + round.getJsonNumber("roundId"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(first), "the round page lists the entries");
        JsonObject weight = Http.json(manager.get("test-support/view-weight"));
        return weight.getJsonObject("attributes").getJsonNumber(VIEW_BEANS).longValue();
    }

    private static List<Integer> submitted(String body) {
        Matcher figure = SUBMITTED.matcher(body);
        assertTrue(figure.find(), body);
        return List.of(Integer.parseInt(figure.group(1)), Integer.parseInt(figure.group(2)));
    }
}
