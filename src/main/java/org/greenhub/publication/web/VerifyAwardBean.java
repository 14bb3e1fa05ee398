package org.greenhub.publication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** Checks a certificate's verification code ({@code ?code=}) against the public record. */
@Named("verifyAward")
@ViewScoped
public class VerifyAwardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicResults results;

    @Inject
    LocaleSelector locale;

    private String code;
    private PublicResults.VerifiedAward found;
    private boolean checked;

    public void load() {
        if (code != null && !code.isBlank()) {
            found = results.verify(code, Language.of(locale.getLocale())).orElse(null);
            checked = true;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PublicResults.VerifiedAward getFound() {
        return found;
    }

    public boolean isChecked() {
        return checked;
    }
}
