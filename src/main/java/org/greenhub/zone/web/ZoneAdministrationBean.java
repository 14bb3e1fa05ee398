package org.greenhub.zone.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.zone.application.ZoneAdministration;
import org.greenhub.zone.application.ZoneView;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneLevel;

/** Administrators keep the zone records: add a zone, change its names and place, name its administrators. */
@Named("zoneAdminPage")
@ViewScoped
public class ZoneAdministrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ZoneAdministration administration;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private List<ZoneRow> zones;
    private final Form form = new Form();
    private Long editingId;
    private long editingVersion;

    /** The fields of the add and edit dialog; administrators are e-mail addresses, one per line. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameEn;
        private String nameZh;
        private String nameTh;
        private String nameVi;
        private ZoneLevel level = ZoneLevel.NATIONAL;
        private String province;
        private String city;
        private BigDecimal area;
        private String administrators;

        Zone.Details details() {
            return new Zone.Details(nameEn, nameZh, nameTh, nameVi, level, province, city, area);
        }

        List<String> administratorEmails() {
            return administrators == null
                    ? List.of()
                    : Arrays.stream(administrators.split("[\\s,;]+"))
                            .filter(s -> !s.isBlank())
                            .toList();
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

        public ZoneLevel getLevel() {
            return level;
        }

        public void setLevel(ZoneLevel level) {
            this.level = level;
        }

        public String getProvince() {
            return province;
        }

        public void setProvince(String province) {
            this.province = province;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public BigDecimal getArea() {
            return area;
        }

        public void setArea(BigDecimal area) {
            this.area = area;
        }

        public String getAdministrators() {
            return administrators;
        }

        public void setAdministrators(String administrators) {
            this.administrators = administrators;
        }
    }

    @PostConstruct
    void load() {
        zones = administration.views().stream()
                .map(z -> ZoneRow.of(z, localeSelector.getLocale()))
                .toList();
    }

    public void startNew() {
        editingId = null;
        form.code = form.nameEn =
                form.nameZh = form.nameTh = form.nameVi = form.province = form.city = form.administrators = null;
        form.level = ZoneLevel.NATIONAL;
        form.area = null;
    }

    public void startEdit(ZoneRow row) {
        ZoneAdministration.Editing zone = administration.editing(row.id());
        editingId = zone.id();
        editingVersion = zone.version();
        Zone.Details details = zone.details();
        form.code = zone.code();
        form.nameEn = details.english();
        form.nameZh = details.chinese();
        form.nameTh = details.thai();
        form.nameVi = details.vietnamese();
        form.level = details.level();
        form.province = details.province();
        form.city = details.city();
        form.area = details.areaKm2();
        form.administrators = String.join("\n", zone.administratorEmails());
    }

    public void save() {
        try {
            if (editingId == null) {
                ZoneView zone = administration.add(form.code, form.details(), form.administratorEmails());
                messages.info("zone.admin.added", zone.code());
            } else {
                ZoneView zone =
                        administration.save(editingId, editingVersion, form.details(), form.administratorEmails());
                messages.info("zone.admin.saved", zone.code());
            }
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('zoneDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("zoneForm", refusal);
        }
    }

    public List<ZoneRow> getZones() {
        return zones;
    }

    public Form getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<ZoneLevel> getLevels() {
        return List.of(ZoneLevel.values());
    }
}
