package org.greenhub.incubation.residency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.application.ResidencyQueries.MyResidency;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.web.PageRefusals;

/** The residencies of the start-ups the signed-in person belongs to. */
@Named("myResidencies")
@ViewScoped
public class MyResidenciesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidencyQueries queries;

    private List<MyResidency> residencies = List.of();

    public void load() throws IOException {
        try {
            residencies = queries.mine();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public List<MyResidency> getResidencies() {
        return residencies;
    }
}
