package org.greenhub.zone.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.ZoneAccess;

/** One zone's record, for its administrators and for administrators; any other zone is "not found". */
@Named("zonePage")
@RequestScoped
public class ZonePageBean {

    @Inject
    ZoneAccess access;

    @Inject
    LocaleSelector localeSelector;

    private Long id;
    private ZoneRow zone;
    private List<String> administrators = List.of();

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            zone = ZoneRow.of(access.view(id), localeSelector.getLocale());
            administrators = access.administratorNames(id);
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ZoneRow getZone() {
        return zone;
    }

    public List<String> getAdministrators() {
        return administrators;
    }

    public String getAdministratorText() {
        return String.join(", ", administrators);
    }
}
