package org.greenhub.load;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The load harness's seeding endpoint, added to the dev server's WAR only (docs/performance.md). */
public final class LoadArchive {

    private LoadArchive() {}

    public static WebArchive addTo(WebArchive war) {
        return war.addClasses(LoadSeedResource.class, LoadSeeding.class, LoadWorkload.class, Comments.class);
    }
}
