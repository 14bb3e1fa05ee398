package org.greenhub.competition.award.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical results JSON documented in docs/transparency.md, byte for byte. */
class CanonicalResultsTest {

    @Test
    void sortedByRankThenEntryWithFourDecimalsAndNoWhitespace() {
        List<CanonicalResults.Line> lines = List.of(
                new CanonicalResults.Line("E2", 2, 52.66666666),
                new CanonicalResults.Line("E1", 1, 53.33335),
                new CanonicalResults.Line("E0", 2, 52.66666666));
        assertEquals(
                "[{\"entry\":\"E1\",\"rank\":1,\"score\":53.3334},{\"entry\":\"E0\",\"rank\":2,\"score\":52.6667},"
                        + "{\"entry\":\"E2\",\"rank\":2,\"score\":52.6667}]",
                CanonicalResults.json(lines));
        assertEquals(
                CanonicalResults.sha256(lines),
                CanonicalResults.sha256(List.of(lines.get(2), lines.get(0), lines.get(1))),
                "the order given does not matter");
        assertEquals(64, CanonicalResults.sha256(lines).length());
    }

    @Test
    void theDocumentedExampleHashesToItsPublishedValue() {
        String json = CanonicalResults.json(
                List.of(new CanonicalResults.Line("E00012", 1, 83.5), new CanonicalResults.Line("E00007", 2, 80.125)));
        assertEquals(
                "[{\"entry\":\"E00012\",\"rank\":1,\"score\":83.5000},{\"entry\":\"E00007\",\"rank\":2,\"score\":80.1250}]",
                json);
    }
}
