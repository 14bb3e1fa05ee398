package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ReserveListing;
import org.greenhub.reserve.application.SavedSearches;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.SavedSearch;

/** A funder's saved searches ({@code /reserve/funder/searches.xhtml}): save one, read them, delete one. */
@Named("savedSearches")
@ViewScoped
public class SavedSearchesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SavedSearches searches;

    @Inject
    ReserveListing listing;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private List<SavedSearches.Row> rows;
    private List<ReserveListing.ZoneChoice> zones;
    private String name;
    private GreenCategory category;
    private String zoneCode;
    private FinancingInstrument instrument;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;

    public void load() throws IOException {
        try {
            rows = searches.mine();
            zones = listing.zones(Language.of(locale.getLocale()));
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    public void save() {
        try {
            searches.save(name, new SavedSearch.Criteria(category, zoneCode, instrument, minAmount, maxAmount));
            messages.info("reserve.search.saved", name.strip());
            name = null;
            category = null;
            zoneCode = null;
            instrument = null;
            minAmount = null;
            maxAmount = null;
            rows = searches.mine();
        } catch (DomainException refusal) {
            messages.error("searchForm", refusal);
        }
    }

    public void delete(long id) {
        try {
            searches.delete(id);
            rows = searches.mine();
        } catch (DomainException refusal) {
            messages.error("searchForm", refusal);
        }
    }

    /** The criteria of a saved search, each named in the reader's language. */
    public String describe(SavedSearches.Row row) {
        SavedSearch.Criteria c = row.criteria();
        List<String> parts = new ArrayList<>();
        if (c.category() != null) {
            parts.add(messages.text("reserve.category." + c.category().name()));
        }
        if (c.zoneCode() != null) {
            parts.add(zones.stream()
                    .filter(z -> z.code().equalsIgnoreCase(c.zoneCode()))
                    .map(ReserveListing.ZoneChoice::name)
                    .findFirst()
                    .orElse(c.zoneCode()));
        }
        if (c.instrument() != null) {
            parts.add(messages.text("reserve.instrument." + c.instrument().name()));
        }
        if (c.minAmountYuan() != null) {
            parts.add(messages.text(
                    "reserve.search.from", ReservePages.yuan(c.minAmountYuan(), messages, locale.getLocale())));
        }
        if (c.maxAmountYuan() != null) {
            parts.add(messages.text(
                    "reserve.search.upTo", ReservePages.yuan(c.maxAmountYuan(), messages, locale.getLocale())));
        }
        return String.join(" · ", parts);
    }

    public List<GreenCategory> getCategories() {
        return List.of(GreenCategory.values());
    }

    public List<FinancingInstrument> getInstruments() {
        return List.of(FinancingInstrument.values());
    }

    public List<ReserveListing.ZoneChoice> getZones() {
        return zones;
    }

    public List<SavedSearches.Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
}
