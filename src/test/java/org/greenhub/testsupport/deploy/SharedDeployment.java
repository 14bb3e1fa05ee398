package org.greenhub.testsupport.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code @Deployment} method of a test base whose archive is the suite's shared one: every test class that
 * inherits it runs against one deployment of GreenHub, deployed for the first such class and undeployed when the
 * server stops ({@link SharedDeploymentObserver}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SharedDeployment {}
