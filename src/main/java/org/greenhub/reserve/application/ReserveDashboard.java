package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.reserve.domain.Benefits;

/**
 * The reserve dashboard for reserve managers (the calls that name them) and administrators (every call): financing
 * sought and raised by instrument and by category, realised against expected benefits per financed project and in
 * total, and the years overdue; the financing figures download as Excel or CSV.
 */
@ApplicationScoped
public class ReserveDashboard {

    /** How many listed projects the page lists at most (the exports and charts count them all). */
    public static final int LISTED_LIMIT = 500;

    @Inject
    FinancingQueries queries;

    @Inject
    ProjectResults results;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** Everything the page shows; {@code expectedTotal} is each project's expectation times the years it reported. */
    public record Dashboard(
            List<FinancingQueries.Line> byInstrument,
            List<FinancingQueries.Line> byCategory,
            FinancingQueries.Line total,
            List<FinancingQueries.ProjectLine> listed,
            List<FinancingQueries.ProjectBenefits> projects,
            Benefits expectedTotal,
            Benefits realisedTotal,
            List<FinancingQueries.Overdue> overdue)
            implements Serializable {}

    @Transactional
    public Dashboard dashboard() {
        Long scope = results.scope();
        List<FinancingQueries.Line> categories = queries.byCategory(scope);
        List<FinancingQueries.ProjectBenefits> projects = queries.benefits(scope);
        Benefits expected = Benefits.NONE;
        Benefits realised = Benefits.NONE;
        for (FinancingQueries.ProjectBenefits p : projects) {
            expected = plus(expected, times(p.expectedPerYear(), p.yearsReported()));
            realised = plus(realised, p.realisedTotal());
        }
        return new Dashboard(
                queries.byInstrument(scope),
                categories,
                new FinancingQueries.Line(
                        "TOTAL",
                        categories.stream()
                                .mapToLong(FinancingQueries.Line::projects)
                                .sum(),
                        categories.stream().map(FinancingQueries.Line::sought).reduce(BigDecimal.ZERO, BigDecimal::add),
                        categories.stream()
                                .map(FinancingQueries.Line::raised)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)),
                queries.projects(scope, LISTED_LIMIT),
                projects,
                expected,
                realised,
                queries.overdue(scope, LocalDate.now(clock), ProjectResults.OVERDUE_LIMIT));
    }

    /** The financing figures as a table: by instrument, then by category, in the caller's language. */
    @Transactional
    public byte[] export(boolean excel) {
        Locale locale = currentUser.require().getLanguage().locale();
        Dashboard d = dashboard();
        List<String> header = List.of(
                messages.get(locale, "reserve.dashboard.export.dimension"),
                messages.get(locale, "reserve.dashboard.export.name"),
                messages.get(locale, "reserve.dashboard.projects"),
                messages.get(locale, "reserve.dashboard.sought"),
                messages.get(locale, "reserve.dashboard.raised"));
        List<List<Object>> rows = new ArrayList<>();
        String instrument = messages.get(locale, "reserve.dashboard.byInstrument");
        for (FinancingQueries.Line l : d.byInstrument()) {
            rows.add(List.of(
                    instrument,
                    messages.get(locale, "reserve.instrument." + l.code()),
                    l.projects(),
                    l.sought(),
                    l.raised()));
        }
        String category = messages.get(locale, "reserve.dashboard.byCategory");
        for (FinancingQueries.Line l : d.byCategory()) {
            rows.add(List.of(
                    category,
                    messages.get(locale, "reserve.category." + l.code()),
                    l.projects(),
                    l.sought(),
                    l.raised()));
        }
        rows.add(List.of(
                category,
                messages.get(locale, "reserve.dashboard.total"),
                d.total().projects(),
                d.total().sought(),
                d.total().raised()));
        return excel
                ? Spreadsheets.xlsx(messages.get(locale, "reserve.dashboard.sheet"), header, rows)
                : Spreadsheets.csv(header, rows);
    }

    private static Benefits times(Benefits b, int years) {
        BigDecimal n = BigDecimal.valueOf(years);
        return new Benefits(
                mul(b.energySavedTce(), n),
                mul(b.co2AvoidedT(), n),
                mul(b.waterSavedM3(), n),
                mul(b.wasteRecycledT(), n));
    }

    private static BigDecimal mul(BigDecimal a, BigDecimal n) {
        return a == null ? null : a.multiply(n);
    }

    private static Benefits plus(Benefits a, Benefits b) {
        return new Benefits(
                add(a.energySavedTce(), b.energySavedTce()),
                add(a.co2AvoidedT(), b.co2AvoidedT()),
                add(a.waterSavedM3(), b.waterSavedM3()),
                add(a.wasteRecycledT(), b.wasteRecycledT()));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
