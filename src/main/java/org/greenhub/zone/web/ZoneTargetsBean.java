package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.ZoneAccess;
import org.greenhub.zone.application.ZoneTargets;
import org.greenhub.zone.domain.ZoneTarget;

/**
 * A zone's targets for a chosen year, set by the zone's administrators or by administrators: every indicator with the
 * set's own target beside the zone's. Any other zone answers 404, the page and its actions alike (the use case asks
 * {@link ZoneAccess} on every call).
 */
@Named("zoneTargetsPage")
@ViewScoped
public class ZoneTargetsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ZoneTargets zoneTargets;

    @Inject
    ZoneAccess access;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Clock clock;

    /** An indicator and this zone's target for the year, numbers already in the reader's locale. */
    public record Row(IndicatorRow indicator, String value, String low, String high) implements Serializable {

        public boolean hasTarget() {
            return value != null || low != null;
        }
    }

    private Long zoneId;
    private Integer year;
    private LocalisedName zoneName;
    private List<Row> rows = List.of();

    private Long editing;
    private BigDecimal value;
    private BigDecimal low;
    private BigDecimal high;

    public void load() {
        try {
            if (zoneId == null) {
                throw DomainException.notFound();
            }
            zoneName = access.view(zoneId).name();
            if (year == null) {
                year = LocalDate.now(clock).getYear();
            }
            show();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** The year chosen in the menu. */
    public void chooseYear() {
        show();
    }

    private void show() {
        Locale locale = localeSelector.getLocale();
        Map<Long, ZoneTargets.TargetView> targets = zoneTargets.targetViews(zoneId, year).stream()
                .collect(Collectors.toMap(ZoneTargets.TargetView::indicatorId, Function.identity()));
        rows = zoneTargets.indicatorViews().stream()
                .map(indicator -> {
                    ZoneTargets.TargetView target = targets.get(indicator.id());
                    return new Row(
                            IndicatorRow.of(indicator, locale),
                            target == null ? null : IndicatorRow.number(target.value(), locale),
                            target == null ? null : IndicatorRow.number(target.low(), locale),
                            target == null ? null : IndicatorRow.number(target.high(), locale));
                })
                .toList();
    }

    public void startEdit(Row row) {
        editing = row.indicator().id();
        ZoneTargets.TargetView target = zoneTargets.targetViews(zoneId, year).stream()
                .filter(t -> t.indicatorId() == row.indicator().id())
                .findFirst()
                .orElse(null);
        value = target == null ? null : target.value();
        low = target == null ? null : target.low();
        high = target == null ? null : target.high();
    }

    public void save() {
        try {
            zoneTargets.set(zoneId, editing, year, new ZoneTarget.Typed(value, low, high));
            show();
            messages.info("zone.targets.saved", getEditingName(), String.valueOf(year));
            org.primefaces.PrimeFaces.current().executeScript("PF('targetDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("targetForm", refusal);
        }
    }

    /** The indicator being edited, named in the reader's language. */
    public String getEditingName() {
        return rows.stream()
                .filter(r -> editing != null && r.indicator().id() == editing)
                .findFirst()
                .map(r -> r.indicator().name().in(localeSelector.getLocale()).text())
                .orElse("");
    }

    /** The unit of the indicator being edited, for the fields' labels. */
    public String getEditingUnit() {
        return rows.stream()
                .filter(r -> editing != null && r.indicator().id() == editing)
                .findFirst()
                .map(r -> messages.text(r.indicator().unit().messageKey()))
                .orElse("");
    }

    /** The years a target may be set for: a decade back and ahead of this year, and the year shown. */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(Math.min(now - 10, year), Math.max(now + 10, year))
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
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

    public LocalisedName getZoneName() {
        return zoneName;
    }

    public List<Row> getRows() {
        return rows;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getLow() {
        return low;
    }

    public void setLow(BigDecimal low) {
        this.low = low;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public void setHigh(BigDecimal high) {
        this.high = high;
    }
}
