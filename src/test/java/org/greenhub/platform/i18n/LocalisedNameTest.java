package org.greenhub.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class LocalisedNameTest {

    @Test
    void aThaiReaderReadsTheThaiTextAndAMissingOneFallsBackToEnglishMarkedAsSuch() {
        LocalisedName title =
                LocalisedName.name("title", 300, "Solar intake", "太阳能入孵", "รับสมัครพลังงานแสงอาทิตย์", null);
        assertEquals(
                new LocalisedName.Shown("รับสมัครพลังงานแสงอาทิตย์", Language.THAI, false), title.shown(Language.THAI));
        assertEquals("th", title.shown(Language.THAI).lang());
        LocalisedName.Shown vietnamese = title.shown(Language.VIETNAMESE);
        assertEquals("Solar intake", vietnamese.text());
        assertEquals("en", vietnamese.lang(), "the fallback is tagged as English for screen readers and fonts");
        assertTrue(vietnamese.fallback());
        assertFalse(title.complete());
    }

    @Test
    void englishIsRequiredAndARefusalNamesTheLanguageField() {
        DomainException missing =
                assertThrows(DomainException.class, () -> LocalisedName.name("title", 300, " ", "标题", null, null));
        assertEquals("title", missing.field());
        DomainException markup =
                assertThrows(DomainException.class, () -> LocalisedName.name("title", 300, "Call", null, "<b>", null));
        assertEquals("titleTh", markup.field());
        DomainException prose = assertThrows(
                DomainException.class,
                () -> LocalisedName.optionalProse("description", 4000, null, null, "คำอธิบาย", null));
        assertEquals("description", prose.field());
        assertEquals("platform.localised.englishRequired", prose.messageKey());
        assertNull(LocalisedName.optionalProse("description", 4000, " ", null, null, null));
    }

    @Test
    void aReadersLocaleChoosesTheTextAndSaysWhenItFellBackToEnglish() {
        LocalisedName name = LocalisedName.of("Green Energy Alliance", "绿色能源联盟", null, "Liên minh Năng lượng Xanh");
        assertEquals(new LocalisedName.Shown("绿色能源联盟", Language.CHINESE, false), name.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                new LocalisedName.Shown("Liên minh Năng lượng Xanh", Language.VIETNAMESE, false),
                name.in(Locale.forLanguageTag("vi-VN")));
        assertEquals(
                new LocalisedName.Shown("Green Energy Alliance", Language.ENGLISH, true),
                name.in(Locale.forLanguageTag("th-TH")),
                "no Thai text: English, marked as a fallback");
        assertEquals(
                new LocalisedName.Shown("Green Energy Alliance", Language.ENGLISH, false), name.in(Locale.ENGLISH));
        assertEquals(
                new LocalisedName.Shown("Green Energy Alliance", Language.ENGLISH, false),
                name.in(Locale.GERMAN),
                "a language GreenHub does not speak reads English, which is its own language then");
    }

    @Test
    void textsCheckedByTheCallerStillNeedEnglish() {
        assertThrows(IllegalArgumentException.class, () -> LocalisedName.of(null, "绿色能源联盟", null, null));
        assertEquals(
                "绿色能源联盟",
                LocalisedName.of("Green Energy Alliance", "绿色能源联盟", null, null).exact(Language.CHINESE));
    }
}
