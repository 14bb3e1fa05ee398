package org.greenhub.incubation.residency.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.incubation.residency.domain.Residency.Terms;
import org.greenhub.incubation.residency.domain.SpaceKind;

/**
 * The fields of a residency's terms as the start and change forms edit them (the include
 * {@code /WEB-INF/includes/incubation/residency-terms-fields.xhtml}).
 */
public class TermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SpaceKind spaceKind = SpaceKind.WORKSTATIONS;
    private BigDecimal areaM2;
    private Integer workstations;
    private String spaceNote;
    private String mentorName;
    private List<IncubatorServiceKind> services = new ArrayList<>();
    private Integer maxMonths;

    static TermsForm of(Terms terms, int maxMonths) {
        TermsForm form = new TermsForm();
        form.spaceKind = terms.spaceKind();
        form.areaM2 = terms.areaM2();
        form.workstations = terms.workstations();
        form.spaceNote = terms.spaceNote();
        form.mentorName = terms.mentorName();
        form.services = new ArrayList<>(terms.services());
        form.maxMonths = maxMonths;
        return form;
    }

    Terms terms() {
        return new Terms(
                spaceKind,
                areaM2,
                workstations,
                spaceNote,
                mentorName,
                services.isEmpty() ? EnumSet.noneOf(IncubatorServiceKind.class) : EnumSet.copyOf(services));
    }

    public List<SpaceKind> getSpaceKinds() {
        return List.of(SpaceKind.values());
    }

    public List<IncubatorServiceKind> getServiceKinds() {
        return List.of(IncubatorServiceKind.values());
    }

    public SpaceKind getSpaceKind() {
        return spaceKind;
    }

    public void setSpaceKind(SpaceKind spaceKind) {
        this.spaceKind = spaceKind;
    }

    public BigDecimal getAreaM2() {
        return areaM2;
    }

    public void setAreaM2(BigDecimal areaM2) {
        this.areaM2 = areaM2;
    }

    public Integer getWorkstations() {
        return workstations;
    }

    public void setWorkstations(Integer workstations) {
        this.workstations = workstations;
    }

    public String getSpaceNote() {
        return spaceNote;
    }

    public void setSpaceNote(String spaceNote) {
        this.spaceNote = spaceNote;
    }

    public String getMentorName() {
        return mentorName;
    }

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public List<IncubatorServiceKind> getServices() {
        return services;
    }

    public void setServices(List<IncubatorServiceKind> services) {
        this.services = services;
    }

    public Integer getMaxMonths() {
        return maxMonths;
    }

    public void setMaxMonths(Integer maxMonths) {
        this.maxMonths = maxMonths;
    }
}
