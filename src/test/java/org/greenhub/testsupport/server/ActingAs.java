package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.greenhub.account.security.GreenHubAuthenticationMechanism;

/**
 * Inside the server, lets a test act as a given account for the rest of its request, the way the authentication
 * mechanism marks a signed-in request. Set it before the first service call of the test method.
 */
@ApplicationScoped
public class ActingAs {

    @Inject
    HttpServletRequest request;

    public void user(long userId) {
        request.setAttribute(GreenHubAuthenticationMechanism.USER_ID_ATTRIBUTE, userId);
    }
}
