package org.greenhub.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API. Resources and providers are discovered; authentication is the same as for pages. */
@ApplicationPath("/api")
public class GreenHubApi extends Application {}
