package org.greenhub.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way tests deploy GreenHub: the WAR the build just packaged (every class, page and migration, nothing
 * hand-listed), plus the whole compiled test tree (every in-server test class, its helpers, the demo loaders and the
 * test data files). The whole tree because the suite deploys this archive once for every test class that inherits
 * it ({@link org.greenhub.testsupport.deploy.SharedDeployment}), so it must already hold the classes of tests that run
 * later. Classes a test only uses on the client side (Selenium, GreenMail) are in it too but never loaded there.
 */
public final class Deployments {

    /** A page whose buttons fail on the server (Ajax and not), to see what the browser is shown then. */
    private static final String FAILING_PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:ui="jakarta.faces.facelets"
                            xmlns:p="primefaces" template="/WEB-INF/templates/layout.xhtml">
                <ui:define name="title">Failing</ui:define>
                <ui:define name="content">
                    <h:form id="failForm">
                        <p:commandButton id="failAjax" value="Fail" action="#{failingAction.fail}"/>
                        <p:commandButton id="failFull" value="Fail" action="#{failingAction.fail}" ajax="false"/>
                    </h:form>
                </ui:define>
            </ui:composition>
            """;

    private static final String PERSISTENCE_XML = "/WEB-INF/classes/META-INF/persistence.xml";

    /** Test resources that belong to the test JVM only: Arquillian's and JUnit's configuration. */
    private static final String CLIENT_ONLY = "^/(arquillian\\.xml|META-INF/.*)$";

    private Deployments() {}

    public static WebArchive greenhub() {
        File war = new File(System.getProperty("greenhub.test.war", "target/greenhub.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs tests after packaging): " + war);
        }
        GenericArchive tests = ShrinkWrap.create(GenericArchive.class)
                .as(ExplodedImporter.class)
                .importDirectory(testClasses())
                .as(GenericArchive.class);
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .merge(tests, "/WEB-INF/classes", Filters.exclude(CLIENT_ONLY))
                .addAsWebResource(new StringAsset(FAILING_PAGE), "test-support/failing.xhtml");
        return countingStatementsPerThread(archive);
    }

    /**
     * The WAR's own persistence unit, plus {@link ThreadStatements} on every session: tests that count statements count
     * only their own thread's, not a background job's.
     */
    private static WebArchive countingStatementsPerThread(WebArchive archive) {
        Node unit = archive.get(PERSISTENCE_XML);
        if (unit == null) {
            throw new IllegalStateException("The WAR has no " + PERSISTENCE_XML);
        }
        String xml;
        try (InputStream in = unit.getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withCounter = xml.replace(
                "<properties>",
                "<properties>\n            <property name=\"hibernate.session.events.auto\" value=\""
                        + ThreadStatements.class.getName() + "\"/>");
        if (withCounter.equals(xml)) {
            throw new IllegalStateException(PERSISTENCE_XML + " has no <properties> element");
        }
        archive.delete(PERSISTENCE_XML);
        return archive.add(new StringAsset(withCounter), PERSISTENCE_XML);
    }

    private static File testClasses() {
        try {
            return new File(Deployments.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
