package org.greenhub.platform.i18n;

import java.io.Serializable;

/** The four fields of a form that edits a {@link LocalisedName} (see {@code WEB-INF/includes/platform/localised-fields.xhtml}). */
public class LocalisedInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String en;
    private String zh;
    private String th;
    private String vi;

    public static LocalisedInput of(LocalisedName name) {
        LocalisedInput input = new LocalisedInput();
        if (name != null) {
            input.en = name.exact(Language.ENGLISH);
            input.zh = name.exact(Language.CHINESE);
            input.th = name.exact(Language.THAI);
            input.vi = name.exact(Language.VIETNAMESE);
        }
        return input;
    }

    /** Only the English text, as callers that predate translations give it. */
    public static LocalisedInput english(String en) {
        LocalisedInput input = new LocalisedInput();
        input.en = en;
        return input;
    }

    public LocalisedName name(String field, int maxLength) {
        return LocalisedName.name(field, maxLength, en, zh, th, vi);
    }

    public LocalisedName optionalName(String field, int maxLength) {
        return LocalisedName.optionalName(field, maxLength, en, zh, th, vi);
    }

    public LocalisedName optionalProse(String field, int maxLength) {
        return LocalisedName.optionalProse(field, maxLength, en, zh, th, vi);
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getZh() {
        return zh;
    }

    public void setZh(String zh) {
        this.zh = zh;
    }

    public String getTh() {
        return th;
    }

    public void setTh(String th) {
        this.th = th;
    }

    public String getVi() {
        return vi;
    }

    public void setVi(String vi) {
        this.vi = vi;
    }
}
