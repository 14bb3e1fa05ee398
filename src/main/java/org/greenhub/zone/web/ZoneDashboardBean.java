package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.ZoneDashboard;
import org.greenhub.zone.application.ZoneDashboard.Dashboard;
import org.greenhub.zone.application.ZoneIndicators;
import org.greenhub.zone.application.ZoneIndicators.IndicatorValue;
import org.greenhub.zone.domain.IndicatorDirection;
import org.greenhub.zone.domain.IndicatorSource;
import org.greenhub.zone.domain.IndicatorStatus;
import org.greenhub.zone.domain.IndicatorUnit;
import org.primefaces.model.file.UploadedFile;

/**
 * A zone's dashboard ({@code ?zone=&year=}) for its administrators and administrators; any other zone answers 404,
 * the page and its actions alike (the use cases ask {@code ZoneAccess} on every call). It holds the use case's
 * records and the numbers written in the reader's locale, never an entity.
 */
@Named("zoneDashboard")
@ViewScoped
public class ZoneDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String GREEN = "#1b7f4b";
    private static final String TARGET = "#b06a2f";

    @Inject
    ZoneDashboard dashboards;

    @Inject
    ZoneIndicators indicators;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Clock clock;

    /** An indicator as the table shows it: numbers already in the reader's locale. */
    public record Row(
            long id,
            String code,
            LocalisedName name,
            LocalisedName set,
            IndicatorUnit unit,
            IndicatorSource source,
            String value,
            String target,
            IndicatorStatus status,
            String note,
            String evidenceFileName)
            implements Serializable {

        /** The PrimeFaces tag severity of the status. */
        public String severity() {
            return switch (status) {
                case MET -> "success";
                case NOT_MET -> "danger";
                // amber: a figure is missing; blue: a figure without a target to judge it by
                case NO_VALUE -> "warning";
                default -> "info";
            };
        }
    }

    /** A sector or an emitter as the tables show them. */
    public record Line(String name, String sector, String enterprises, String energy, String co2)
            implements Serializable {}

    private Long zoneId;
    private Integer year;
    private Dashboard dashboard;
    private List<Row> rows = List.of();
    private List<Line> sectors = List.of();
    private List<Line> emitters = List.of();
    private String chosen;
    private String trendChart;
    private String sectorChart;
    private Integer baseYear;

    private Long entering;
    private BigDecimal enteredValue;
    private String note;
    private transient UploadedFile evidence;

    public void load() {
        try {
            if (zoneId == null) {
                throw DomainException.notFound();
            }
            if (year == null) {
                // declarations are filed for the year that ended: that is the latest year with figures
                year = LocalDate.now(clock).getYear() - 1;
            }
            show();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private void show() {
        Locale locale = localeSelector.getLocale();
        dashboard = dashboards.show(zoneId, year);
        baseYear = dashboard.baseYear();
        rows = dashboard.indicators().stream()
                .map(v -> new Row(
                        v.indicatorId(),
                        v.code(),
                        v.name(),
                        v.setName(),
                        v.unit(),
                        v.source(),
                        number(v.value(), v.unit(), locale),
                        target(v, locale),
                        v.status(),
                        v.entered() == null ? null : v.entered().note(),
                        v.entered() == null ? null : v.entered().evidenceFileName()))
                .toList();
        sectors = dashboard.sectors().stream()
                .map(s -> new Line(
                        s.sector() == null ? messages.text("zone.dashboard.noSector") : s.sector(),
                        null,
                        NumberFormat.getIntegerInstance(locale).format(s.enterprises()),
                        number(s.energyTce(), 1, locale),
                        number(s.co2T(), 1, locale)))
                .toList();
        emitters = dashboard.largestEmitters().stream()
                .map(e -> new Line(
                        e.name(),
                        e.sector() == null ? messages.text("zone.dashboard.noSector") : e.sector(),
                        null,
                        number(e.energyTce(), 1, locale),
                        number(e.co2T(), 1, locale)))
                .toList();
        if (chosen == null
                || dashboard.indicators().stream().noneMatch(v -> v.code().equals(chosen))) {
            chosen = dashboard.indicators().isEmpty()
                    ? null
                    : dashboard.indicators().get(0).code();
        }
        trendChart = trendChart();
        sectorChart = sectorChart();
    }

    /** The year chosen in the menu. */
    public void chooseYear() {
        show();
    }

    /** The indicator whose trend the chart shows. */
    public void chooseIndicator() {
        trendChart = trendChart();
    }

    public void saveBaseYear() {
        try {
            dashboards.changeBaseYear(zoneId, baseYear);
            show();
            messages.info("zone.dashboard.baseYearSaved", String.valueOf(baseYear));
        } catch (DomainException refusal) {
            messages.error("baseYearForm", refusal);
        }
    }

    /** Enters the zone's own value (a full post: the evidence file comes with it). */
    public void enter() {
        try {
            if (entering == null) {
                throw DomainException.invalid("indicator", "platform.validation.required");
            }
            indicators.enter(
                    zoneId,
                    entering,
                    year,
                    enteredValue,
                    note,
                    evidence == null ? null : evidence.getFileName(),
                    evidence == null ? null : evidence.getContent());
            show();
            messages.info("zone.dashboard.entered", String.valueOf(year));
            enteredValue = null;
            note = null;
        } catch (DomainException refusal) {
            messages.error("enterForm", refusal);
        }
    }

    /** The indicators the zone enters itself, for the entering form's menu. */
    public List<Row> getEnterable() {
        return rows.stream()
                .filter(r -> r.source() == IndicatorSource.ENTERED_BY_ZONE)
                .toList();
    }

    private String trendChart() {
        IndicatorValue shown = dashboard.indicators().stream()
                .filter(v -> v.code().equals(chosen))
                .findFirst()
                .orElse(null);
        if (shown == null) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        BigDecimal bound = shown.direction() == IndicatorDirection.LOWER_IS_BETTER
                ? (shown.targetHigh() != null ? shown.targetHigh() : shown.targetLow())
                : (shown.targetLow() != null ? shown.targetLow() : shown.targetHigh());
        shown.trend().forEach(y -> {
            labels.add(String.valueOf(y.year()));
            if (y.value() == null) {
                values.addNull();
            } else {
                values.add(y.value());
            }
            if (bound != null) {
                targets.add(bound);
            }
        });
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add(
                                "label",
                                shown.name().in(localeSelector.getLocale()).text())
                        .add("data", values)
                        .add("borderColor", GREEN)
                        .add("backgroundColor", GREEN)
                        .add("spanGaps", false)
                        .add("tension", 0.2));
        if (bound != null) {
            sets.add(Json.createObjectBuilder()
                    .add("label", messages.text("zone.dashboard.target"))
                    .add("data", targets)
                    .add("borderColor", TARGET)
                    .add("backgroundColor", TARGET)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("pointRadius", 0));
        }
        return chart("line", labels, sets, false);
    }

    private String sectorChart() {
        if (dashboard.sectors().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder co2 = Json.createArrayBuilder();
        dashboard.sectors().forEach(s -> {
            labels.add(s.sector() == null ? messages.text("zone.dashboard.noSector") : s.sector());
            co2.add(s.co2T());
        });
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", messages.text("zone.dashboard.co2"))
                        .add("data", co2)
                        .add("backgroundColor", GREEN));
        return chart("bar", labels, sets, true);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder sets, boolean horizontal) {
        var options = Json.createObjectBuilder()
                .add("responsive", true)
                // the box's height is the page's (CSS): the chart follows the width down to a phone's
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options)
                .build()
                .toString();
    }

    /** A value in the reader's locale, with the decimals its unit is read with. */
    static String number(BigDecimal value, IndicatorUnit unit, Locale locale) {
        int decimals = switch (unit) {
            case COUNT, DAYS -> 0;
            case TCE_PER_10K_YUAN -> 4;
            default -> 2;
        };
        return number(value, decimals, locale);
    }

    static String number(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** "at most 0.4", "at least 40", "40–45" in the reader's language; null without a target. */
    private String target(IndicatorValue v, Locale locale) {
        if (v.targetLow() == null && v.targetHigh() == null) {
            return null;
        }
        if (v.targetLow() != null && v.targetHigh() != null && v.targetLow().compareTo(v.targetHigh()) != 0) {
            return messages.text(
                    "zone.dashboard.targetRange",
                    number(v.targetLow(), v.unit(), locale),
                    number(v.targetHigh(), v.unit(), locale));
        }
        BigDecimal bound = v.targetLow() != null ? v.targetLow() : v.targetHigh();
        return messages.text(
                v.direction() == IndicatorDirection.LOWER_IS_BETTER
                        ? "zone.dashboard.targetAtMost"
                        : "zone.dashboard.targetAtLeast",
                number(bound, v.unit(), locale));
    }

    /** The years the menu offers: the decade before this year, and the year shown. */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(Math.min(now - 10, year), Math.max(now, year))
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** A count in the reader's locale. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(localeSelector.getLocale()).format(value);
    }

    /** A total in the reader's locale ({@code decimals} at most). */
    public String figure(BigDecimal value, int decimals) {
        return number(value, decimals, localeSelector.getLocale());
    }

    public Long getZoneId() {
        return zoneId;
    }

    public void setZoneId(Long zoneId) {
        this.zoneId = zoneId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Line> getSectors() {
        return sectors;
    }

    public List<Line> getEmitters() {
        return emitters;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public String getSectorChart() {
        return sectorChart;
    }

    public Integer getBaseYear() {
        return baseYear;
    }

    public void setBaseYear(Integer baseYear) {
        this.baseYear = baseYear;
    }

    public Long getEntering() {
        return entering;
    }

    public void setEntering(Long entering) {
        this.entering = entering;
    }

    public BigDecimal getEnteredValue() {
        return enteredValue;
    }

    public void setEnteredValue(BigDecimal enteredValue) {
        this.enteredValue = enteredValue;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }

    /** One year of the trend chart as a table row: the value and the target line, as the reader's locale writes them. */
    public record TrendYear(int year, String value, String target) implements Serializable {}

    /**
     * The chosen indicator's trend, the chart's figures as a table (its text alternative); empty when no indicator is
     * shown. The target is the same bound the chart draws as its dashed line.
     */
    public List<TrendYear> getTrendYears() {
        if (dashboard == null) {
            return List.of();
        }
        Locale locale = localeSelector.getLocale();
        return dashboard.indicators().stream()
                .filter(v -> v.code().equals(chosen))
                .findFirst()
                .map(shown -> {
                    BigDecimal bound = shown.direction() == IndicatorDirection.LOWER_IS_BETTER
                            ? (shown.targetHigh() != null ? shown.targetHigh() : shown.targetLow())
                            : (shown.targetLow() != null ? shown.targetLow() : shown.targetHigh());
                    return shown.trend().stream()
                            .map(y -> new TrendYear(
                                    y.year(),
                                    number(y.value(), shown.unit(), locale),
                                    number(bound, shown.unit(), locale)))
                            .toList();
                })
                .orElse(List.of());
    }

    /** The chosen indicator's name in the reader's language and its unit's key, for the trend table's caption. */
    public Row getChosenRow() {
        return rows == null
                ? null
                : rows.stream().filter(r -> r.code().equals(chosen)).findFirst().orElse(null);
    }
}
