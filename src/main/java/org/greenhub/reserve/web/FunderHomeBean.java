package org.greenhub.reserve.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.FunderHome;

/** The funder's home page: which institution they act for, and where to go from here. */
@Named("funderHome")
@RequestScoped
public class FunderHomeBean {

    @Inject
    FunderHome home;

    private FunderHome.Summary summary;

    public void load() throws IOException {
        try {
            summary = home.summary();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public FunderHome.Summary getSummary() {
        return summary;
    }
}
