package org.greenhub.evaluation.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.platform.i18n.Language;

/** One criterion as the wizard edits it: scale and weight, a name and guidance in English, optionally in the others. */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private BigDecimal weight = BigDecimal.ONE;
    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.TEN;
    private BigDecimal step = BigDecimal.ONE;
    private BigDecimal commentRequiredBelow;
    private final Map<Language, String> names = new EnumMap<>(Language.class);
    private final Map<Language, String> guidance = new EnumMap<>(Language.class);

    /** The draft the service takes; languages without a name are left out (English is checked by the service). */
    public RoundSetupService.CriterionDraft toDraft() {
        Map<Language, CriterionText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = names.get(language);
            if (name != null && !name.isBlank()) {
                texts.put(language, new CriterionText(name, guidance.get(language)));
            }
        }
        return new RoundSetupService.CriterionDraft(code, weight, min, max, step, commentRequiredBelow, texts);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public BigDecimal getStep() {
        return step;
    }

    public void setStep(BigDecimal step) {
        this.step = step;
    }

    public BigDecimal getCommentRequiredBelow() {
        return commentRequiredBelow;
    }

    public void setCommentRequiredBelow(BigDecimal commentRequiredBelow) {
        this.commentRequiredBelow = commentRequiredBelow;
    }

    public String getEnglishName() {
        return names.get(Language.ENGLISH);
    }

    public void setEnglishName(String name) {
        names.put(Language.ENGLISH, name);
    }

    public String getEnglishGuidance() {
        return guidance.get(Language.ENGLISH);
    }

    public void setEnglishGuidance(String text) {
        guidance.put(Language.ENGLISH, text);
    }
    /** Names by language, for the other languages’ optional fields ({@code row.names[language]}). */
    public Map<Language, String> getNames() {
        return names;
    }

    public Map<Language, String> getGuidance() {
        return guidance;
    }
}
