package org.greenhub.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one way tests deploy GreenHub: the WAR the build just packaged (every class, page and migration, nothing
 * hand-listed), plus the helpers for tests that run inside the server. Arquillian adds the test class itself.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive greenhub() {
        File war = new File(System.getProperty("greenhub.test.war", "target/greenhub.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs tests after packaging): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(org.greenhub.testsupport.server.ActingAs.class.getPackage());
    }
}
