package org.greenhub.zone.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.zone.application.ZoneAccess;

/** The zone administrator's home: the zones that name them. */
@Named("zoneHome")
@RequestScoped
public class ZoneHomeBean {

    @Inject
    ZoneAccess access;

    @Inject
    LocaleSelector localeSelector;

    private List<ZoneRow> zones;

    @PostConstruct
    void load() {
        zones = access.administeredViews().stream()
                .map(z -> ZoneRow.of(z, localeSelector.getLocale()))
                .toList();
    }

    public List<ZoneRow> getZones() {
        return zones;
    }
}
