package org.greenhub.incubation.residency.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.greenhub.incubation.residency.application.ResidencyQueries.OrganisationChoice;

/** Carries the chosen organisation of the autocomplete as "id|name"; the service checks the id again. */
@FacesConverter("residency.organisationChoice")
public class OrganisationChoiceConverter implements Converter<OrganisationChoice> {

    @Override
    public OrganisationChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int bar = value.indexOf('|');
        try {
            long id = Long.parseLong(bar < 0 ? value : value.substring(0, bar));
            return new OrganisationChoice(id, bar < 0 ? "" : value.substring(bar + 1), null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationChoice value) {
        return value == null ? "" : value.id() + "|" + value.name();
    }
}
