package org.greenhub.testsupport.deploy;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SharedDeploymentObserver} with Arquillian (through {@code META-INF/services}). */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeploymentObserver.class);
    }
}
