package org.greenhub.testsupport.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * An action that fails the way a database error does, with SQL in its message: the test page
 * {@code test-support/failing.xhtml} ({@link org.greenhub.testsupport.Deployments}) shows what a browser gets then.
 */
@Named("failingAction")
@RequestScoped
public class FailingAction {

    public static final String SECRET = "insert into secret_table (a) values ('leak')";

    public void fail() {
        throw new IllegalStateException("could not execute statement [" + SECRET + "]");
    }
}
