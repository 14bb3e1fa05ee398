package org.greenhub.testsupport.deploy;

import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.ContainerContext;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * Deploy once, test many. Arquillian deploys a test class's archive before the class and undeploys it after, which
 * costs the suite a WildFly deployment (6 to 20 seconds) per class. For the classes whose deployment is the shared one
 * ({@link SharedDeployment}) this observer steps in:
 *
 * <ul>
 *   <li>the first such class generates the archive as usual; later ones reuse its description instead of building
 *       it again ({@link GenerateDeployment});
 *   <li>the archive is deployed once; a later class's deployment is marked deployed and given the metadata of the
 *       running one (the URL and the servlet the in-server tests are run through) without touching the server;
 *   <li>after a class nothing is undeployed; the shared deployment goes when the server stops ({@link BeforeStop}).
 * </ul>
 *
 * <p>A class with a deployment of its own still gets it deployed and undeployed around it; as both would take the
 * context root "/", the shared deployment is undeployed first and deployed again for the next class that needs it.
 *
 * <p>Failsafe runs every IT class in one JVM under one Arquillian manager, so this observer (one instance per
 * manager) sees the whole suite. The price: application state in the server (beans, caches, statistics switches)
 * outlives a test class, so no test may rely on a freshly started application.
 */
public class SharedDeploymentObserver {

    private static final Logger LOG = Logger.getLogger(SharedDeploymentObserver.class.getName());

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> scenario;

    @Inject
    private Instance<ContainerContext> containerContext;

    @Inject
    private Instance<DeploymentContext> deploymentContext;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> descriptionInContext;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentInContext;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> metaDataInContext;

    /** The shared archive's description, from the first class that uses it. */
    private DeploymentDescription shared;

    /** Where the shared archive is deployed, and what deploying it answered; both null while it is not deployed. */
    private DeployableContainer<?> container;

    private String containerName;

    private ProtocolMetaData deployed;

    public void generate(@Observes EventContext<GenerateDeployment> context) {
        if (!usesShared(context.getEvent().getTestClass())) {
            context.proceed();
            return;
        }
        if (shared == null) {
            context.proceed();
            shared = scenario.get().deployments().get(0).getDescription();
            return;
        }
        // A new Deployment (its own deployed/undeployed state for this class) around the same archive.
        scenario.set(new DeploymentScenario().addDeployment(shared));
    }

    public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
        Deployment deployment = context.getEvent().getDeployment();
        if (deployment.getDescription() != shared) {
            // A class with its own archive: it needs the context root the shared deployment holds.
            undeployShared();
            context.proceed();
            return;
        }
        if (deployed != null) {
            inContextOf(deployment, () -> {
                descriptionInContext.set(shared);
                deploymentInContext.set(deployment);
                metaDataInContext.set(deployed);
            });
            deployment.deployed();
            return;
        }
        context.proceed();
        if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
            container = context.getEvent().getDeployableContainer();
            containerName = context.getEvent().getContainerName();
            inContextOf(deployment, () -> deployed = metaDataInContext.get());
        }
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
        Deployment deployment = context.getEvent().getDeployment();
        if (deployment.getDescription() == shared && deployed != null) {
            // Kept for the next class; only this class's bookkeeping ends.
            deployment.undeployed();
            deploymentContext.get().destroy(deployment);
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) throws Exception {
        // Left deployed, WildFly would keep it in standalone.xml and the next run would fail on a duplicate.
        undeployShared();
    }

    private void undeployShared() throws Exception {
        if (deployed == null) {
            return;
        }
        LOG.info("Undeploying the shared test deployment");
        // The container keeps its deployer in the container context, which Arquillian activates only around its own
        // container events (this may run before it has, for a class with its own deployment).
        ContainerContext context = containerContext.get();
        context.activate(containerName);
        try {
            container.undeploy(shared.getTestableArchive() != null ? shared.getTestableArchive() : shared.getArchive());
        } finally {
            context.deactivate();
        }
        // Only once it is gone: had undeploying failed, the next class still finds it deployed and can use it.
        deployed = null;
        container = null;
    }

    private void inContextOf(Deployment deployment, Runnable action) {
        DeploymentContext context = deploymentContext.get();
        context.activate(deployment);
        try {
            action.run();
        } finally {
            context.deactivate();
        }
    }

    private static boolean usesShared(TestClass testClass) {
        Method[] methods = testClass.getMethods(org.jboss.arquillian.container.test.api.Deployment.class);
        return methods.length == 1 && methods[0].isAnnotationPresent(SharedDeployment.class);
    }
}
