package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.greenhub.organisation.application.RestrictedList;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.i18n.Language;

/** Whether an organisation's sector is on the administrators' restricted list: the matching activity's English name. */
@ApplicationScoped
public class SectorScreening {

    @Inject
    RestrictedList restrictedList;

    public Optional<String> restrictedActivity(Organisation organisation) {
        return restrictedList.matchFor(organisation).map(a -> a.name(Language.ENGLISH));
    }
}
