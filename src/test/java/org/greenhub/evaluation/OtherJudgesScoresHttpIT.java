package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * After submitting, a judge sees the other judges' submitted scores beside their own, one column per criterion in the
 * rubric's order (the score form builds those columns as one dynamic column since session 11: docs/performance.md).
 */
class OtherJudgesScoresHttpIT extends HttpTest {

    @Test
    void afterSubmittingAJudgeSeesTheOtherJudgesScoresUnderEachCriterionInTheRubricsOrder() {
        JsonObject s = postScenario("test-support/judging-scenario");
        String form = "evaluation/judge/score.xhtml?round=" + s.getJsonNumber("roundId") + "&subject="
                + s.getJsonNumber("secondSubjectId");
        // judge 1 is in conflict with the first entry only; both judges score the second
        submit(s, "conflictedJudge", form, "7", "6", "4", "83", "17", "Judge one’s overall view.");
        String afterOwn = submit(s, "judge", form, "5", "5", "3", "40", "10", "Mine.");
        assertTrue(afterOwn.contains("Judge one’s overall view."), "the partial response shows the other sheet");

        String page = signedIn(s, "judge").get(form).body();
        int table = page.indexOf("id=\"otherScores\"");
        assertTrue(table > 0, "the other judges' panel is on the page");
        String others = page.substring(table);
        int previous = -1;
        for (String header : new String[] {"Technology", "Market", "Team", "Green impact", "Finance"}) {
            int at = others.indexOf(">" + header + "<");
            assertTrue(at > previous, header + " is a column after the one before it");
            previous = at;
        }
        int row = others.indexOf("Judge 01");
        assertTrue(row > previous, "the other judge's row follows the headers");
        int cell = row;
        for (String value : new String[] {">7<", ">6<", ">4<", ">83<", ">17<"}) {
            int at = others.indexOf(value, cell);
            assertTrue(at > cell, value + " in its criterion's column, in order");
            cell = at;
        }
    }

    private FormSession signedIn(JsonObject s, String who) {
        FormSession session = new FormSession(base);
        session.signIn(s.getString(who), s.getString("password"));
        return session;
    }

    private String submit(
            JsonObject s,
            String who,
            String form,
            String tech,
            String market,
            String team,
            String green,
            String finance,
            String comment) {
        FormSession judge = signedIn(s, who);
        String viewState = judge.viewState(form);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scoreForm", "scoreForm");
        String[][] values = {{"tech", tech}, {"market", market}, {"team", team}, {"green", green}, {"finance", finance}
        };
        for (String[] value : values) {
            fields.put("scoreForm:" + value[0], value[1]);
            fields.put("scoreForm:" + value[0] + "_comment", "");
        }
        fields.put("scoreForm:overallComment", comment);
        HttpResponse<String> submitted = judge.ajax(
                form, viewState, "scoreForm:submit", "scoreForm", "scoreForm otherScores roundProgress", fields);
        assertEquals(200, submitted.statusCode());
        assertTrue(submitted.body().contains("You submitted this score sheet"), submitted.body());
        return submitted.body();
    }
}
