package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.PublicReserve.Filter;
import org.greenhub.reserve.application.ReserveListing;
import org.greenhub.reserve.application.ReserveListing.Listed;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;

/** The public reserve ({@code /reserve/index.xhtml}, no sign-in): search and filters, one page from the database. */
@Named("publicReserve")
@ViewScoped
public class PublicReserveBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReserveListing listing;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    private String searchText;
    private GreenCategory category;
    private String zoneCode;
    private ProjectStage stage;
    private FinancingInstrument instrument;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private Grade grade;
    private List<ReserveListing.ZoneChoice> zones;
    private DatabasePage<Listed> page;
    /** The filter the table shows: the fields as typed once they were found good. */
    private Filter applied = Filter.none();

    public void load() throws IOException {
        try {
            zones = listing.zones(language());
            page = new DatabasePage<>() {
                @Override
                protected List<Listed> page(int first, int size, String sortField, boolean ascending) {
                    return listing.page(filter(), language(), first, size);
                }

                @Override
                protected long total() {
                    return listing.count(filter());
                }

                @Override
                protected Object keyOf(Listed row) {
                    return row.id();
                }
            };
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** Checks the filters once when they change, so a bad range is named beside its field, not in the table. */
    public void filterChanged() {
        Filter typed = new Filter(searchText, category, zoneCode, stage, instrument, minAmount, maxAmount, grade);
        try {
            listing.count(typed);
            applied = typed;
        } catch (DomainException refusal) {
            // the table keeps the rows of the last good filter
            messages.error("reserveForm", refusal);
        }
    }

    private Filter filter() {
        return applied;
    }

    private Language language() {
        return Language.of(locale.getLocale());
    }

    public List<GreenCategory> getCategories() {
        return List.of(GreenCategory.values());
    }

    public List<ProjectStage> getStages() {
        return List.of(ProjectStage.values());
    }

    public List<FinancingInstrument> getInstruments() {
        return List.of(FinancingInstrument.values());
    }

    public List<Grade> getGrades() {
        return List.of(Grade.values());
    }

    public List<ReserveListing.ZoneChoice> getZones() {
        return zones;
    }

    public DatabasePage<Listed> getPage() {
        return page;
    }

    /** The expected benefits that were estimated, each with its unit, in the reader's number format. */
    public List<String> benefits(Listed row) {
        return ReservePages.benefits(row.expected(), messages, locale.getLocale());
    }

    /** The benefits on one line (a phone's reflowed table would run separate blocks together). */
    public String benefitsText(Listed row) {
        return String.join(" · ", benefits(row));
    }

    public String yuan(BigDecimal amount) {
        return ReservePages.yuan(amount, messages, locale.getLocale());
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public GreenCategory getCategory() {
        return category;
    }

    public void setCategory(GreenCategory category) {
        this.category = category;
    }

    public String getZoneCode() {
        return zoneCode;
    }

    public void setZoneCode(String zoneCode) {
        this.zoneCode = zoneCode;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public void setStage(ProjectStage stage) {
        this.stage = stage;
    }

    public FinancingInstrument getInstrument() {
        return instrument;
    }

    public void setInstrument(FinancingInstrument instrument) {
        this.instrument = instrument;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }
}
