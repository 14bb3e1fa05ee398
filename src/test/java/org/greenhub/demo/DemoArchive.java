package org.greenhub.demo;

import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The demo data set is development tooling, not product: it lives in the test sources and never in the WAR that
 * {@code ./mvnw package} builds ({@code ProductWarIT} checks). The run command and the tests that load the demo add
 * it to a copy of that WAR here.
 */
public final class DemoArchive {

    private DemoArchive() {}

    /** Adds the demo loaders (and their nested types) to a GreenHub archive. Named one by one: the package also holds the demo's tests. */
    public static WebArchive addTo(WebArchive war) {
        return war.addClasses(
                DemoData.class,
                DemoCompetitions.class,
                DemoIntake.class,
                DemoFiles.class,
                // Injected by DemoData: without them the dev server's deployment fails on unsatisfied dependencies.
                DemoGreenReport.class,
                DemoZoneDashboard.class,
                DemoZoneDeadlines.class,
                DemoReserve.class,
                DemoReserveCalls.class,
                DemoReserveFinancing.class,
                DemoReserveFunders.class);
    }

    /** Writes {@code productWar} with the demo (and the load harness's seeding endpoint) added to {@code target} and returns it (the run command deploys it). */
    public static Path warWithDemo(Path productWar, Path target) {
        // The load harness's seeding endpoint (docs/performance.md): in the dev server only, never in the product.
        org.greenhub.load.LoadArchive.addTo(addTo(ShrinkWrap.createFromZipFile(WebArchive.class, productWar.toFile())))
                .as(ZipExporter.class)
                .exportTo(target.toFile(), true);
        return target;
    }
}
