package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void absentParametersGiveTheFirstPageOfTheDefaultSize() {
        PageRequest request = PageRequest.of(null, " ");
        assertEquals(1, request.page());
        assertEquals(PageRequest.DEFAULT_SIZE, request.size());
        assertEquals(0, request.offset());
        assertEquals(40, PageRequest.of("3", "20").offset());
    }

    @Test
    void badPageOrSizeIsRefusedAs400NamingTheParameter() {
        DomainException zero = assertThrows(DomainException.class, () -> PageRequest.of("0", null));
        assertEquals(400, zero.kind().status);
        assertEquals("page", zero.field());
        DomainException huge = assertThrows(DomainException.class, () -> PageRequest.of("1", "101"));
        assertEquals("size", huge.field());
        assertEquals("platform.api.page.size", huge.messageKey());
        assertThrows(DomainException.class, () -> PageRequest.of("two", null));
    }

    @Test
    void envelopeCountsPagesAndNeverAnswersZeroPages() {
        assertEquals(
                3,
                PageEnvelope.of(java.util.List.of(), PageRequest.of("1", "10"), 21)
                        .pages());
        assertEquals(
                1,
                PageEnvelope.of(java.util.List.of(), PageRequest.of("1", "10"), 0)
                        .pages());
    }

    @Test
    void updatesNeedTheCurrentTag() {
        assertEquals("\"7-3\"", VersionTag.of(7, 3));
        String current = VersionTag.of(7, 3);
        DomainException missing = assertThrows(
                DomainException.class, () -> EntityTags.ifMatch(headers(null)).require(current));
        assertEquals(428, missing.kind().status);
        DomainException stale = assertThrows(
                DomainException.class,
                () -> EntityTags.ifMatch(headers("\"7-2\"")).require(current));
        assertEquals(412, stale.kind().status);
        assertDoesNotThrow(() -> EntityTags.ifMatch(headers("\"7-2\", \"7-3\"")).require(current));
        assertDoesNotThrow(() -> EntityTags.ifMatch(headers("*")).require(current));
        assertThrows(
                DomainException.class, () -> EntityTags.ifMatch(headers(" ")).require(current));
    }

    private static HttpHeaders headers(String ifMatch) {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.IF_MATCH.equals(args[0]) ? ifMatch : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    enum Colour {
        GREEN,
        BLUE
    }

    @Test
    void filtersAreAbsentOrOneOfTheirValuesOrRefusedNamingTheParameter() {
        assertEquals(null, QueryParameters.choice("colour", " ", Colour.class));
        assertEquals(Colour.BLUE, QueryParameters.choice("colour", "blue", Colour.class));
        DomainException unknown =
                assertThrows(DomainException.class, () -> QueryParameters.choice("colour", "red", Colour.class));
        assertEquals(400, unknown.kind().status);
        assertEquals("colour", unknown.field());
        assertEquals("platform.api.query.oneOf", unknown.messageKey());
        assertEquals("GREEN, BLUE", unknown.args()[1]);

        assertEquals(null, QueryParameters.id("round", null));
        assertEquals(12L, QueryParameters.id("round", " 12 "));
        assertEquals(
                "round",
                assertThrows(DomainException.class, () -> QueryParameters.id("round", "0"))
                        .field());
        assertThrows(DomainException.class, () -> QueryParameters.id("round", "twelve"));
    }
}
