package org.greenhub.testsupport;

import java.io.File;
import org.greenhub.demo.DemoArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way tests deploy GreenHub: the WAR the build just packaged (every class, page and migration, nothing
 * hand-listed), plus the helpers for tests that run inside the server. Arquillian adds the test class itself.
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

    private Deployments() {}

    public static WebArchive greenhub() {
        File war = new File(System.getProperty("greenhub.test.war", "target/greenhub.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs tests after packaging): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(org.greenhub.testsupport.server.ActingAs.class.getPackage())
                .addAsWebResource(new StringAsset(FAILING_PAGE), "test-support/failing.xhtml");
    }

    /** {@link #greenhub()} with the demo data set, which the product WAR does not contain, for the tests that load it. */
    public static WebArchive greenhubWithDemo() {
        return DemoArchive.addTo(greenhub());
    }
}
