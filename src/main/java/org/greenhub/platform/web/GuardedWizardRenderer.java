package org.greenhub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.tabview.Tab;
import org.primefaces.component.wizard.Wizard;
import org.primefaces.component.wizard.WizardRenderer;
import org.primefaces.util.ComponentUtils;

/**
 * A wizard's own request always names the step to go to ({@code _stepToGo}), one of its tabs. A request from the
 * wizard that names none (or a step it does not have) was not sent by the page: 400, before a flow listener is called
 * with a step that does not exist.
 */
public class GuardedWizardRenderer extends WizardRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        Wizard wizard = (Wizard) component;
        if (ComponentUtils.isRequestSource(wizard, context)) {
            String stepToGo = context.getExternalContext()
                    .getRequestParameterMap()
                    .get(wizard.getClientId(context) + "_stepToGo");
            boolean known = stepToGo != null
                    && wizard.getChildren().stream()
                            .anyMatch(child -> child instanceof Tab && stepToGo.equals(child.getId()));
            if (!known) {
                throw new MalformedRequest("wizard " + wizard.getClientId(context) + " asked for no step it has");
            }
        }
        super.decode(context, component);
    }
}
