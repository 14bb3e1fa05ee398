package org.greenhub.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language menu posts the page's query back so the visitor stays on the record they were reading; the redirect must
 * never be steered elsewhere by what is posted.
 */
class LocaleSelectorReturnQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"id=42", "id=42&tab=2", "q=%E7%BB%BF%E8%89%B2&page=3", "id=a1b2-c3_d.e~f+g"})
    void aPagesOwnQueryIsKeptAsItWas(String query) {
        assertEquals(query, LocaleSelector.returnQuery(query));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/",
                "id=1#https://evil.example",
                "id=1\r\nSet-Cookie:x=y",
                "id=1%0d%0aLocation:x",
                "@evil.example",
                "id=<script>",
                "id=1;jsessionid=abc",
                "id=1/../../admin",
                " id=1",
                ""
            })
    void anythingThatIsNotAPlainQueryIsDropped(String posted) {
        assertNull(LocaleSelector.returnQuery(posted));
    }

    @Test
    void nothingPostedMeansNoQuery() {
        assertNull(LocaleSelector.returnQuery(null));
    }

    @Test
    void anOverlongQueryIsDropped() {
        assertNull(LocaleSelector.returnQuery("a=" + "b".repeat(2100)));
    }
}
