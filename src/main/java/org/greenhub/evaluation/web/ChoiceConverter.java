package org.greenhub.evaluation.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.greenhub.evaluation.application.Choice;

/**
 * Carries a {@link Choice} through the page as "id:label", so pickers need no lookup to show what was chosen. The id
 * is only a proposal: every service checks that the record exists and may be used.
 */
@FacesConverter("greenhub.choice")
public class ChoiceConverter implements Converter<Choice> {

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            long id = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
            return new Choice(id, colon < 0 ? "" : value.substring(colon + 1));
        } catch (NumberFormatException tampered) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice choice) {
        return choice == null ? "" : choice.id() + ":" + choice.label();
    }
}
