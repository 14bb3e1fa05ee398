package org.greenhub.evaluation.domain;

import static org.greenhub.evaluation.domain.AdvancementSelection.Outcome.ADVANCES;
import static org.greenhub.evaluation.domain.AdvancementSelection.Outcome.DOES_NOT_ADVANCE;
import static org.greenhub.evaluation.domain.AdvancementSelection.Outcome.PANEL_DECIDES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvancementSelectionTest {

    private static AdvancementSelection.Line line(String entry, String scope, int rank, double score) {
        return new AdvancementSelection.Line(entry, scope, rank, score);
    }

    @Test
    void topNAdmitsWholeTieGroupsAndSendsOneAcrossTheCutToThePanel() {
        List<AdvancementSelection.Line> ranking = List.of(
                line("a", "*", 1, 90),
                line("b", "*", 2, 80),
                line("c", "*", 2, 80),
                line("d", "*", 2, 80),
                line("e", "*", 5, 70));
        AdvancementSelection.Result top2 =
                new AdvancementSelection(AdvancementRule.TOP_N, 2, null, Map.of()).apply(ranking);
        assertEquals(ADVANCES, top2.of("a"));
        assertEquals(PANEL_DECIDES, top2.of("b"));
        assertEquals(PANEL_DECIDES, top2.of("d"));
        assertEquals(DOES_NOT_ADVANCE, top2.of("e"));
        assertEquals(1, top2.ties().size());
        assertEquals(1, top2.ties().get(0).places());
        assertEquals(List.of("b", "c", "d"), top2.ties().get(0).entries());

        AdvancementSelection.Result top4 =
                new AdvancementSelection(AdvancementRule.TOP_N, 4, null, Map.of()).apply(ranking);
        assertEquals(ADVANCES, top4.of("d"));
        assertEquals(DOES_NOT_ADVANCE, top4.of("e"));
        assertTrue(top4.ties().isEmpty());
    }

    @Test
    void quotasApplyPerScopeWithTheCountAsDefault() {
        List<AdvancementSelection.Line> ranking = List.of(
                line("a1", "A", 1, 90),
                line("a2", "A", 2, 80),
                line("a3", "A", 3, 70),
                line("b1", "B", 1, 60),
                line("b2", "B", 2, 50));
        AdvancementSelection.Result result =
                new AdvancementSelection(AdvancementRule.TOP_N_WITH_QUOTAS, 1, null, Map.of("A", 2)).apply(ranking);
        assertEquals(ADVANCES, result.of("a2"));
        assertEquals(DOES_NOT_ADVANCE, result.of("a3"));
        assertEquals(ADVANCES, result.of("b1"));
        assertEquals(DOES_NOT_ADVANCE, result.of("b2"));
    }

    @Test
    void thresholdAdmitsEveryScoreAtOrAboveIt() {
        List<AdvancementSelection.Line> ranking =
                List.of(line("a", "*", 1, 75.0001), line("b", "*", 2, 75), line("c", "*", 3, 74.9999));
        AdvancementSelection.Result result = new AdvancementSelection(
                        AdvancementRule.THRESHOLD, null, new BigDecimal("75"), Map.of())
                .apply(ranking);
        assertEquals(ADVANCES, result.of("a"));
        assertEquals(ADVANCES, result.of("b"));
        assertEquals(DOES_NOT_ADVANCE, result.of("c"));
        assertEquals(
                DOES_NOT_ADVANCE,
                new AdvancementSelection(AdvancementRule.NONE, null, null, Map.of())
                        .apply(ranking)
                        .of("a"));
    }
}
