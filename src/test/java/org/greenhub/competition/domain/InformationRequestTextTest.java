package org.greenhub.competition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

/** The prose check shared by entries and information requests (ProseText). */
class InformationRequestTextTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(7));

    @Test
    void proseKeepsLineBreaksAndAngleBracketsAndIsTrimmed() {
        InformationRequest request =
                new InformationRequest(null, "  Please send the <audit> report.\nThanks\t ", LATER, null, NOW);
        assertEquals("Please send the <audit> report.\nThanks", request.getQuestion());
    }

    @Test
    void blankQuestionIsRequired() {
        DomainException refusal =
                assertThrows(DomainException.class, () -> new InformationRequest(null, "  ", LATER, null, NOW));
        assertEquals("question", refusal.field());
        assertEquals("platform.validation.required", refusal.messageKey());
    }

    @Test
    void controlCharactersAreRefused() {
        DomainException refusal =
                assertThrows(DomainException.class, () -> new InformationRequest(null, "a\u0007b", LATER, null, NOW));
        assertEquals("platform.validation.forbiddenCharacters", refusal.messageKey());
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83C\uDF31"; // one character, two UTF-16 units
        String atLimit = emoji.repeat(InformationRequest.MAX_TEXT);
        assertEquals(
                InformationRequest.MAX_TEXT,
                new InformationRequest(null, atLimit, LATER, null, NOW)
                        .getQuestion()
                        .codePointCount(0, atLimit.length()));
        DomainException refusal = assertThrows(
                DomainException.class, () -> new InformationRequest(null, atLimit + "x", LATER, null, NOW));
        assertEquals("platform.validation.tooLong", refusal.messageKey());
    }
}
