package org.greenhub.platform.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import org.greenhub.platform.error.DomainException;

/**
 * A page's address parameter that does not convert ({@code ?id=abc}, {@code ?id=1e3}, {@code ?id=99999999999999999999})
 * names no record: the page answers 404 through {@link PageRefusals}, the same for every page. (Left alone, Faces
 * would skip the page's load action and render the page around a record that was never loaded.)
 */
public class ViewParameterRefusals implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || faces.getResponseComplete() || faces.getViewRoot() == null) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            if (!parameter.isValid()) {
                PageRefusals.refuse(DomainException.notFound());
                return;
            }
        }
    }
}
