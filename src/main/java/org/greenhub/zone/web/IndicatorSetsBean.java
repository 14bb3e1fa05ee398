package org.greenhub.zone.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.ZoneTargets;

/** The indicator sets, read-only: each indicator's name, unit, direction, source and the set's own target. */
@Named("indicatorSetsPage")
@RequestScoped
public class IndicatorSetsBean {

    @Inject
    ZoneTargets zoneTargets;

    @Inject
    LocaleSelector localeSelector;

    /** One set with its indicators. */
    public record SetRows(LocalisedName name, List<IndicatorRow> indicators) {}

    private List<SetRows> sets = List.of();

    public void load() {
        try {
            Map<LocalisedName, List<IndicatorRow>> bySet = new LinkedHashMap<>();
            zoneTargets
                    .indicatorViews()
                    .forEach(indicator -> bySet.computeIfAbsent(indicator.set(), s -> new java.util.ArrayList<>())
                            .add(IndicatorRow.of(indicator, localeSelector.getLocale())));
            sets = bySet.entrySet().stream()
                    .map(e -> new SetRows(e.getKey(), e.getValue()))
                    .toList();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public List<SetRows> getSets() {
        return sets;
    }
}
