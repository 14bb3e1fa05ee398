package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which resource requests may be kept for a year (issue 17): only this build's stamped files. */
class BuildStampedResourcesTest {

    private static final String STAMP = BuildStampedResources.stamp("1.0.0 2026-12-07T11:00:00Z");

    @Test
    void aFileUnderThisBuildsStampIsImmutable() {
        assertEquals(
                BuildStampedResources.IMMUTABLE,
                BuildStampedResources.cacheControl(Map.of("ln", "primefaces", "b", STAMP), STAMP));
    }

    @Test
    void anotherBuildsStampNoStampAndDynamicContentAreRevalidated() {
        String nextBuild = BuildStampedResources.stamp("1.0.0 2026-12-08T09:30:00Z");
        assertNotEquals(STAMP, nextBuild, "a new build changes every resource URL");
        assertEquals(
                BuildStampedResources.REVALIDATE,
                BuildStampedResources.cacheControl(Map.of("ln", "primefaces", "b", nextBuild), STAMP));
        assertEquals(
                BuildStampedResources.REVALIDATE,
                BuildStampedResources.cacheControl(Map.of("ln", "primefaces"), STAMP));
        assertEquals(
                BuildStampedResources.REVALIDATE,
                BuildStampedResources.cacheControl(Map.of("ln", "primefaces", "b", STAMP, "pfdrid", "abc"), STAMP));
    }
}
