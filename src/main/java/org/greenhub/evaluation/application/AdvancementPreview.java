package org.greenhub.evaluation.application;

import java.util.List;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.AdvancementSelection;

/**
 * What the declared rule does with a round's results: every entry in or out, and the ties at a cut line that the
 * tie-break chain could not break ("needs panel decision": the panel chooses, with a recorded note).
 */
public record AdvancementPreview(
        long roundId,
        AdvancementRule rule,
        AdvancementScope scope,
        List<Line> lines,
        List<AdvancementSelection.TieAtCut> tiesNeedingPanelDecision) {

    public record Line(
            long subjectId,
            String reference,
            String scope,
            int rank,
            double score,
            AdvancementSelection.Outcome outcome) {}

    public AdvancementPreview {
        lines = List.copyOf(lines);
        tiesNeedingPanelDecision = List.copyOf(tiesNeedingPanelDecision);
    }

    public boolean needsPanelDecision() {
        return !tiesNeedingPanelDecision.isEmpty();
    }
}
