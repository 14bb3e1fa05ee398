package org.greenhub.zone.domain;

import java.io.Serializable;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * The narrative sections a zone writes for its report, as typed, in the four languages: the introduction, the year's
 * progress and next year's measures ({@code null}: nothing written). A report is sent for review only with every
 * section in English and Chinese ({@link GreenReport#submit}); Thai and Vietnamese readers get the English where theirs
 * is missing. The texts are checked when they are written ({@link GreenReport#write}).
 */
public record GreenReportTexts(LocalisedName introduction, LocalisedName progress, LocalisedName measures)
        implements Serializable {

    public static GreenReportTexts empty() {
        return new GreenReportTexts(null, null, null);
    }

    /** The three sections as typed, each English, Chinese, Thai, Vietnamese (blank: not written). */
    public static GreenReportTexts of(
            String introductionEn,
            String introductionZh,
            String introductionTh,
            String introductionVi,
            String progressEn,
            String progressZh,
            String progressTh,
            String progressVi,
            String measuresEn,
            String measuresZh,
            String measuresTh,
            String measuresVi) {
        return new GreenReportTexts(
                LocalisedName.stored(introductionEn, introductionZh, introductionTh, introductionVi),
                LocalisedName.stored(progressEn, progressZh, progressTh, progressVi),
                LocalisedName.stored(measuresEn, measuresZh, measuresTh, measuresVi));
    }

    /** A section by its key ({@link GreenReport#SECTIONS}). */
    public LocalisedName section(String key) {
        return switch (key) {
            case "introduction" -> introduction;
            case "progress" -> progress;
            case "measures" -> measures;
            default -> throw new IllegalArgumentException(key);
        };
    }
}
