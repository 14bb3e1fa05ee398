package org.greenhub.publication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.award.domain.CanonicalResults;
import org.greenhub.evaluation.application.Calculator;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.publication.application.TransparencyPack;
import org.greenhub.publication.application.TransparencyPacks;

/**
 * A transparency pack on a page ({@code ?competition=id}, optionally {@code &round=id}) and the "recompute" action:
 * the pack's own criteria, method, tie-break chain and scores go through the public calculator, and the page shows
 * whether the calculator's ranking and the SHA-256 of its canonical results equal the published ones.
 */
@Named("transparency")
@ViewScoped
public class TransparencyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Comparison(
            String entry,
            int publishedRank,
            double publishedScore,
            Integer recomputedRank,
            Double recomputedScore,
            boolean same)
            implements Serializable {}

    @Inject
    Calculator calculator;

    @Inject
    TransparencyPacks packs;

    @Inject
    FacesMessages messages;

    private Long competition;
    private Long round;
    /** Rebuilt after the view is restored on another node (the pack is large and not serializable). */
    private transient TransparencyPack pack;

    private List<Comparison> comparison;
    private String recomputedSha256;
    private boolean matches;

    public void load() {
        try {
            if (competition == null && round == null) {
                throw DomainException.notFound();
            }
            pack = round != null ? packs.forRound(round) : packs.forCompetition(competition);
            if (competition == null) {
                competition = pack.competitionId();
            }
        } catch (org.greenhub.platform.error.DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    /** Feeds the pack to the public calculator (the same code as POST /api/evaluation/calculate). */
    public void recompute() {
        try {
            Calculator.CalculationResponse response = calculator.calculate(new Calculator.CalculationRequest(
                    getPack().criteria(),
                    getPack().method(),
                    getPack().tieBreak(),
                    getPack().scores()));
            Map<String, Calculator.RankedEntryOutput> byEntry = new HashMap<>();
            List<CanonicalResults.Line> lines = new ArrayList<>();
            for (Calculator.RankedEntryOutput r : response.results()) {
                byEntry.put(r.entry(), r);
                lines.add(new CanonicalResults.Line(r.entry(), r.rank(), r.score()));
            }
            recomputedSha256 = CanonicalResults.sha256(lines);
            comparison = new ArrayList<>();
            boolean all = recomputedSha256.equals(getPack().resultsSha256())
                    && byEntry.size() == getPack().ranking().size();
            for (TransparencyPack.RankingLine line : getPack().ranking()) {
                Calculator.RankedEntryOutput r = byEntry.get(line.entry());
                boolean same = r != null && r.rank() == line.rank() && Math.abs(r.score() - line.score()) < 0.00005;
                all &= same;
                comparison.add(new Comparison(
                        line.entry(),
                        line.rank(),
                        line.score(),
                        r == null ? null : r.rank(),
                        r == null ? null : r.score(),
                        same));
            }
            matches = all;
        } catch (DomainException refusal) {
            messages.error("recomputeForm", refusal);
        }
    }

    public String getTieBreakText() {
        return String.join(" › ", getPack().tieBreak());
    }

    public String getRosterText() {
        return getPack().judgeRoster() == null
                ? ""
                : String.join(", ", getPack().judgeRoster());
    }

    public Long getCompetition() {
        return competition;
    }

    public void setCompetition(Long competition) {
        this.competition = competition;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public TransparencyPack getPack() {
        if (pack == null && (competition != null || round != null)) {
            pack = round != null ? packs.forRound(round) : packs.forCompetition(competition);
        }
        return pack;
    }

    public List<Comparison> getComparison() {
        return comparison;
    }

    public String getRecomputedSha256() {
        return recomputedSha256;
    }

    public boolean isMatches() {
        return matches;
    }

    public boolean isRecomputed() {
        return comparison != null;
    }
}
