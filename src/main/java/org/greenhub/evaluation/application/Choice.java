package org.greenhub.evaluation.application;

import java.io.Serializable;
import org.greenhub.organisation.domain.Organisation;

/** Something picked in an auto-complete (an organisation, a judge): its id and what the picker shows. */
public record Choice(long id, String label) implements Serializable {

    /** An organisation by its legal name, followed by its registered name where that differs in script or form. */
    public static Choice organisation(Organisation o) {
        String registered = o.getRegisteredName();
        return new Choice(
                o.getId(),
                registered == null || registered.isBlank() ? o.getLegalName() : o.getLegalName() + " · " + registered);
    }
}
