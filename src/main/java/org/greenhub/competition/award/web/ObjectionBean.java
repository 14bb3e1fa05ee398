package org.greenhub.competition.award.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.competition.award.application.AwardQueries;
import org.greenhub.competition.award.application.AwardService;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.LocalisedTime;
import org.primefaces.model.file.UploadedFile;

/**
 * Filing an objection against one award ({@code ?award=id}), signed in, in real name, with text and one evidence
 * file. A refused objection stores nothing; the message says why, next to the field it concerns.
 */
@Named("awardObjection")
@ViewScoped
public class ObjectionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardService service;

    @Inject
    AwardQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long award;
    private AwardQueries.ObjectionTarget target;
    private String realName;
    private String text;
    private transient UploadedFile evidence;
    private boolean filed;

    public void load() {
        try {
            if (award == null) {
                throw DomainException.notFound();
            }
            target = queries.objectionTarget(award, Language.of(locale.getLocale()));
            if (realName == null) {
                realName = currentUser.summary().displayName();
            }
        } catch (org.greenhub.platform.error.DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    public void file() {
        try {
            service.object(
                    award,
                    realName,
                    text,
                    evidence == null ? null : evidence.getFileName(),
                    evidence == null ? null : evidence.getContent());
            filed = true;
            messages.info("award.objection.filed");
        } catch (DomainException refusal) {
            if (refusal.field() != null
                    && java.util.Set.of("realName", "text", "evidence").contains(refusal.field())) {
                messages.error("objectionForm", refusal);
            } else {
                // e.g. the period ended meanwhile, or the file store's own refusal: at the top of the page
                messages.error(null, refusal.messageKey(), refusal.args());
            }
        }
    }

    public String time(java.time.Instant instant) {
        return LocalisedTime.text(instant, locale.getLocale(), target == null ? null : target.zone());
    }

    public Long getAward() {
        return award;
    }

    public void setAward(Long award) {
        this.award = award;
    }

    public AwardQueries.ObjectionTarget getTarget() {
        return target;
    }

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }

    public boolean isFiled() {
        return filed;
    }
}
