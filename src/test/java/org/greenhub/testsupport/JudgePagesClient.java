package org.greenhub.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenhub.testsupport.server.ViewWeight;

/**
 * A judge using the score form and the queue over HTTP, each request measured by the test deployment's
 * {@link ViewWeight}: for {@code JudgePagesWeightIT} (components, bytes) and {@code JudgePagesBenchmark} (CPU time).
 * The scene is {@code test-support/judge-pages-scenario}: a six-criterion rubric, 50 entries in the judge's queue.
 */
public final class JudgePagesClient {

    /** The criteria of the scene's rubric, in its order: the ids of the form's fields. */
    public static final String[] CRITERIA = {"tech", "market", "team", "green", "finance", "impact"};

    private final FormSession session;
    private final JsonObject scene;
    private final String form;
    /** The view state of the open form the autosaves are sent from. */
    private String viewState;

    /** One measured request: the page's bytes as the client received them and the server's figures. */
    public record Measured(HttpResponse<String> response, int bytes, JsonObject weight) {

        public int components() {
            return weight.getInt("components");
        }

        public long cpuNanos() {
            return weight.getJsonNumber("cpuNanos").longValue();
        }

        public long sessionBytes() {
            return weight.getJsonNumber("sessionBytes").longValue();
        }

        public int viewStateBytes() {
            return weight.getInt("viewStateBytes");
        }

        /** The SQL statements the request's thread prepared. */
        public long statements() {
            return weight.getJsonNumber("statements").longValue();
        }
    }

    public JudgePagesClient(URL base, JsonObject scene) {
        this.scene = scene;
        this.session = new FormSession(base, Map.of(ViewWeight.HEADER, "1"));
        this.form = "evaluation/judge/score.xhtml?round=" + scene.getJsonNumber("roundId") + "&subject="
                + scene.getJsonNumber("subjectId");
        HttpResponse<String> signedIn = session.signIn(scene.getString("judge"), scene.getString("password"));
        assertEquals(200, signedIn.statusCode());
    }

    public Measured queue() {
        HttpResponse<String> page = session.get("evaluation/judge/queue.xhtml");
        assertEquals(200, page.statusCode());
        return measured(page);
    }

    public Measured form() {
        HttpResponse<String> page = session.get(form);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(scene.getString("reference")), "the form of the scene's entry");
        return measured(page);
    }

    /**
     * The overall comment's change event as the page sends it (with the form's view state and CSP nonce): the field
     * alone executed, every field's message and the save status re-rendered. The first autosave after
     * {@link #openForAutosave} opens the form for the view state and nonce that every later one sends, as one open
     * page does.
     */
    public Measured autosave(String comment) {
        if (viewState == null) {
            viewState = session.viewState(form);
        }
        String render = Stream.concat(
                        Stream.of(CRITERIA).map(c -> "scoreForm:" + c + "_message"),
                        Stream.of("scoreForm:overallComment_message", "scoreForm:saveStatus"))
                .collect(Collectors.joining(" "));
        HttpResponse<String> saved = session.ajax(
                form,
                viewState,
                "scoreForm:overallComment",
                "scoreForm:overallComment",
                render,
                Map.of(
                        "jakarta.faces.behavior.event", "change",
                        "jakarta.faces.partial.event", "change",
                        "scoreForm", "scoreForm",
                        "scoreForm:overallComment", comment));
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("Draft saved at"), saved.body());
        return measured(saved);
    }

    /**
     * The next {@link #autosave} opens the form again: a session keeps a limited number of views, and one page that
     * sends nothing while many others are opened loses its view.
     */
    public void openForAutosave() {
        viewState = null;
    }

    private Measured measured(HttpResponse<String> response) {
        HttpResponse<String> weight = session.get("test-support/view-weight");
        assertEquals(200, weight.statusCode(), weight.body());
        return new Measured(response, response.body().getBytes(StandardCharsets.UTF_8).length, Http.json(weight));
    }
}
