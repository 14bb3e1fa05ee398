package org.greenhub.testsupport.server;

import org.greenhub.testsupport.Deployments;
import org.greenhub.testsupport.deploy.SharedDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that run inside the server (they inject beans and the {@code EntityManager}): GreenHub's test
 * deployment, so a test class declares only what it tests. Arquillian finds a static {@code @Deployment} in a
 * superclass. The deployment is the suite's shared one ({@link SharedDeployment}): deployed once, it already holds
 * every test class. A test that needs more in its deployment declares its own and does not extend this (it then
 * costs the suite two deployments more).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InServerTest {

    @Deployment
    @SharedDeployment
    static WebArchive deployment() {
        return Deployments.greenhub();
    }
}
