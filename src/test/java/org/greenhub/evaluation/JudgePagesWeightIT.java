package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.JudgePagesClient;
import org.greenhub.testsupport.JudgePagesClient.Measured;
import org.junit.jupiter.api.Test;

/**
 * What the judge's score form and queue weigh, in figures that do not depend on the machine's load (issue 17;
 * docs/performance.md, "Session 11: the score form's weight"): the components of each page's view, the bytes of the
 * page, of the view state it leaves in the session, and of the session; the autosave's partial response. The form has
 * the load harness's shape (six criteria with guidance and comments), the queue 50 entries. The bounds are the figures
 * measured after session 11's cuts with some room: a page that grows back towards its former weight fails here.
 * CPU time is the benchmark's ({@code JudgePagesBenchmark}), not a test's.
 */
class JudgePagesWeightIT extends HttpTest {

    private static final String VIEW_BEANS = "com.sun.faces.application.view.activeViewMaps";

    /**
     * Measured in session 13: 10 for the first autosave, 11 for the next (the access check, the sheet, its update).
     * With the bean's entry and other judges' rows dropped before each autosave, as a node that lacks them would, 21.
     * The bound leaves some room for a statement more, not for the entry's ten.
     */
    private static final long AUTOSAVE_STATEMENTS = 14;

    @Test
    void theScoreFormTheQueueAndTheAutosaveStayLight() {
        JsonObject scene = postScenario("test-support/judge-pages-scenario?entries=50");
        JudgePagesClient judge = new JudgePagesClient(base, scene);

        Measured queue = judge.queue();
        Measured form = judge.form();
        Measured formAgain = judge.form();
        Measured autosave = judge.autosave("A first draft of the overall comment.");
        Measured autosaveAgain = judge.autosave("A second draft of the overall comment, a little longer.");

        print("queue (50 entries)", queue);
        print("score form", form);
        print("score form again", formAgain);
        print("autosave", autosave);
        print("autosave again", autosaveAgain);
        System.out.println("JudgePagesWeightIT score form's components by class: "
                + form.weight().getJsonObject("componentTypes"));
        System.out.println("JudgePagesWeightIT queue's components by class: "
                + queue.weight().getJsonObject("componentTypes"));
        System.out.println("JudgePagesWeightIT session attributes after the second autosave: "
                + autosaveAgain.weight().getJsonObject("attributes"));

        assertTrue(queue.response().body().contains(scene.getString("reference")), "the queue lists the entries");
        // Session 11 measured 140 components in the queue (223 before), 236 in the form (353 before) and 8,695 bytes
        // of view state a form (12,133 before).
        assertTrue(queue.components() <= 160, "components of the queue: " + queue.components());
        assertTrue(form.components() <= 260, "components of the score form: " + form.components());
        assertTrue(form.viewStateBytes() <= 10_000, "view state of one score form: " + form.viewStateBytes());
        // Each change rebuilds the same tree and leaves the view's stored state as it was: a tree or a state that grew
        // with every autosave (as full state saving made them, see docs/performance.md) would fill the judge's session.
        assertEquals(form.components(), autosave.components(), "the autosave's tree is the form's");
        assertEquals(form.components(), autosaveAgain.components(), "the second autosave's tree is the form's");
        assertTrue(
                autosaveAgain.sessionBytes() - autosave.sessionBytes() < 1_000,
                "the session after one more autosave: " + autosave.sessionBytes() + " -> "
                        + autosaveAgain.sessionBytes());
        assertTrue(autosave.bytes() <= 4_500, "the autosave's partial response: " + autosave.bytes());
        // The queue's rows stay out of the session (session 12): on a cluster every request copies the session to the
        // other node, and the fifty rows took four times the page's own CPU there. Only the view's small state is kept.
        long queueViewBeans = viewBeans(queue);
        System.out.println(
                "JudgePagesWeightIT the queue's view-scoped beans in the session: " + queueViewBeans + " bytes");
        assertTrue(queueViewBeans <= 3_000, "the queue's view-scoped beans in the session: " + queueViewBeans);
        // The same for the score form (session 13): its bean keeps what the judge typed, the ids and plain copies of
        // the criteria's rules; the entry, its documents and the other judges' sheets (records) are read again by a
        // node that lacks them. No record is kept at all: a cluster copies the session after every request, and JBoss
        // Marshalling copies a record's fields through a method handle it looks up each time (session 12's profile:
        // two and a half times the form's CPU on two nodes). Measured: 4,423 bytes a form with them, 3,235 without.
        long formViewBeans = viewBeans(form) - queueViewBeans;
        long autosavedViewBeans = viewBeans(autosaveAgain) - viewBeans(formAgain);
        System.out.println("JudgePagesWeightIT the score form's view-scoped bean in the session: " + formViewBeans
                + " bytes, after autosaves " + autosavedViewBeans + " bytes more");
        assertTrue(formViewBeans <= 3_600, "the score form's view-scoped bean in the session: " + formViewBeans);
        assertTrue(
                autosavedViewBeans <= 800,
                "the score form's view-scoped bean after two autosaves grew by " + autosavedViewBeans);
        // The node that holds the session keeps the same bean between requests, so an autosave does not read the entry
        // again (its transient fields are only empty on a node that received the view after a failover).
        System.out.println("JudgePagesWeightIT statements: form " + form.statements() + ", autosave "
                + autosave.statements() + ", autosave again " + autosaveAgain.statements());
        assertTrue(
                autosaveAgain.statements() <= AUTOSAVE_STATEMENTS,
                "statements of an autosave: " + autosaveAgain.statements());
        for (Measured m : List.of(queue, form, autosaveAgain)) {
            assertEquals(
                    List.of(),
                    m.weight().getJsonArray("recordsInViewBeans").getValuesAs(JsonString::getString),
                    "records kept by the judge's pages' view-scoped beans");
        }
    }

    /** The serialized size of the session's view-scoped beans (every open view's) after the request measured. */
    private static long viewBeans(Measured m) {
        return m.weight().getJsonObject("attributes").getJsonNumber(VIEW_BEANS).longValue();
    }

    private static void print(String what, Measured m) {
        System.out.printf(
                "JudgePagesWeightIT %-20s components %5d, response %,7d bytes, view state %,7d bytes, session %,8d"
                        + " bytes (%d views)%n",
                what,
                m.components(),
                m.bytes(),
                m.viewStateBytes(),
                m.sessionBytes(),
                m.weight().getInt("viewStates"));
    }
}
