package org.greenhub.testsupport.server;

import org.greenhub.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that run inside the server (they inject beans and the {@code EntityManager}): GreenHub's test
 * deployment, so a test class declares only what it tests. Arquillian finds a static {@code @Deployment} in a
 * superclass; it packs only the test class itself, so this base lives in a package {@link Deployments#greenhub()}
 * adds. A test that needs more in its deployment declares its own and does not extend this.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InServerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.greenhub();
    }
}
