package org.greenhub.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.organisation.application.RestrictedList;
import org.greenhub.organisation.domain.RestrictedActivity.Names;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** Administrators keep the restricted-entry list: add an activity, change its names and keywords, retire it. */
@Named("restrictedListPage")
@ViewScoped
public class RestrictedListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RestrictedList restrictedList;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private List<RestrictedList.Row> activities;
    private final Form form = new Form();
    private Long editingId;
    private long editingVersion;

    /** The fields of the add and edit dialogs. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameEn;
        private String nameZh;
        private String nameTh;
        private String nameVi;
        private String keywords;
        private boolean active = true;

        Names names() {
            return new Names(nameEn, nameZh, nameTh, nameVi);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameTh() {
            return nameTh;
        }

        public void setNameTh(String nameTh) {
            this.nameTh = nameTh;
        }

        public String getNameVi() {
            return nameVi;
        }

        public void setNameVi(String nameVi) {
            this.nameVi = nameVi;
        }

        public String getKeywords() {
            return keywords;
        }

        public void setKeywords(String keywords) {
            this.keywords = keywords;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @PostConstruct
    void load() {
        activities = restrictedList.rows();
    }

    public void startNew() {
        editingId = null;
        form.code = null;
        form.nameEn = form.nameZh = form.nameTh = form.nameVi = form.keywords = null;
        form.active = true;
    }

    public void startEdit(RestrictedList.Row activity) {
        editingId = activity.id();
        editingVersion = activity.version();
        form.code = activity.code();
        form.nameEn = activity.name().exact(Language.ENGLISH);
        form.nameZh = activity.name().exact(Language.CHINESE);
        form.nameTh = activity.name().exact(Language.THAI);
        form.nameVi = activity.name().exact(Language.VIETNAMESE);
        form.keywords = activity.keywords();
        form.active = activity.active();
    }

    public void save() {
        try {
            if (editingId == null) {
                restrictedList.add(form.code, form.names(), form.keywords);
                messages.info("organisation.restricted.added", form.nameEn);
            } else {
                restrictedList.change(editingId, editingVersion, form.names(), form.keywords, form.active);
                messages.info("organisation.restricted.saved", form.nameEn);
            }
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('activityDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("activityForm", refusal);
        }
    }

    public String nameOf(RestrictedList.Row activity) {
        return activity.name().text(Language.of(localeSelector.getLocale()));
    }

    public List<RestrictedList.Row> getActivities() {
        return activities;
    }

    public Form getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }
}
