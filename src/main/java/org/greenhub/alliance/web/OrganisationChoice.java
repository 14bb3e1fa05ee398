package org.greenhub.alliance.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.io.Serializable;

/** An organisation as the lead-organisation picker offers it; the id is only a proposal the service checks. */
public record OrganisationChoice(long id, String label) implements Serializable {

    /** Carries the choice through the page as "id:label". */
    @FacesConverter("alliance.organisationChoice")
    public static class PageConverter implements Converter<OrganisationChoice> {

        @Override
        public OrganisationChoice getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            int colon = value.indexOf(':');
            try {
                return new OrganisationChoice(
                        Long.parseLong(colon < 0 ? value : value.substring(0, colon)),
                        colon < 0 ? "" : value.substring(colon + 1));
            } catch (NumberFormatException tampered) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, OrganisationChoice choice) {
            return choice == null ? "" : choice.id() + ":" + choice.label();
        }
    }
}
