package org.greenhub.reserve.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reason screening can give and every value of the reserve a page names has a text in each language, so an
 * owner never reads a key or an English word on a Chinese, Thai or Vietnamese page. (Keys and placeholders being the
 * same in every language is {@code BundlesInEveryLanguageTest}'s; this test knows which keys the domain produces.)
 */
class ReserveTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_th", "_vi"})
    void everyReasonAndValueHasAText(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/reserve" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        for (String key : keysTheReserveUses()) {
            String text = texts.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "reserve" + language + ".properties lacks texts");
    }

    private static List<String> keysTheReserveUses() {
        List<String> keys = new ArrayList<>(List.of(
                "reserve.benefits.negative",
                "reserve.project.categoryRequired",
                "reserve.project.investmentPositive",
                "reserve.project.financingPositive",
                "reserve.project.financingAboveInvestment",
                "reserve.project.benefitRequired",
                "reserve.call.ceilingPositive",
                "reserve.call.bandsRequired",
                "reserve.call.bandNegative",
                "reserve.call.bandsOrdered",
                "reserve.call.validityRange",
                "reserve.call.closesBeforeOpening",
                "reserve.project.notEditable",
                "reserve.project.stageRequired",
                "reserve.project.instrumentRequired",
                "reserve.project.wrongStatus",
                "reserve.decision.belowBands",
                "reserve.screening.restricted",
                "reserve.screening.categoryNotInCall",
                "reserve.screening.zoneNotInCall"));
        Stream.of(EvidenceKind.values()).forEach(kind -> {
            keys.add("reserve.screening.evidenceMissing." + kind);
            keys.add("reserve.evidence." + kind);
        });
        Stream.of(Benefits.Figure.values()).forEach(figure -> {
            keys.add("reserve.screening.benefitAboveCeiling." + figure);
            keys.add("reserve.figure." + figure);
        });
        Stream.of(GreenCategory.values()).forEach(category -> keys.add("reserve.category." + category));
        Stream.of(ProjectStage.values()).forEach(stage -> keys.add("reserve.stage." + stage));
        Stream.of(FinancingInstrument.values()).forEach(instrument -> keys.add("reserve.instrument." + instrument));
        Stream.of(Grade.values()).forEach(grade -> keys.add("reserve.grade." + grade));
        return keys;
    }
}
