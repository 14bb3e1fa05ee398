package org.greenhub.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.greenhub.testsupport.deploy.SharedDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that use GreenHub from outside, as a client over HTTP: GreenHub's test deployment and its
 * {@link #base} URL, so a test class declares only what it tests. Nothing of these tests runs in the server
 * ({@code @RunAsClient}); the deployment is still the testable one, as it is the suite's shared deployment
 * ({@link SharedDeployment}) that the in-server tests run in too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class HttpTest {

    @Deployment
    @SharedDeployment
    static WebArchive deployment() {
        return Deployments.greenhub();
    }

    /** Where the deployed GreenHub answers, ending in "/". */
    @ArquillianResource
    protected URL base;

    /**
     * Sets a scene up through one of the test deployment's {@code test-support/...} servlets (a POST without body,
     * which must answer 200) and returns what it made: ids, accounts, passwords.
     */
    protected JsonObject postScenario(String path) {
        HttpResponse<String> response = new Http(base).send("POST", path, null, null, new byte[0]);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }
}
