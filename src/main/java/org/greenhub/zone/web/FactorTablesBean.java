package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.FactorTables;
import org.greenhub.zone.domain.CarrierFactor;
import org.greenhub.zone.domain.accounting.Carrier;

/**
 * Administrators keep the factor tables: pick a year, read every carrier's two values with units and sources, change
 * one carrier's values, copy the year's table to a new year. The page holds the table's version when it was shown, so
 * a change made elsewhere meanwhile is refused instead of overwritten.
 */
@Named("zoneFactorsPage")
@ViewScoped
public class FactorTablesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FactorTables factorTables;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    /** A carrier's row as the page shows it: numbers already written in the reader's locale. */
    public record Row(Carrier carrier, String tcePerUnit, String tceSource, String co2PerUnit, String co2Source)
            implements Serializable {}

    private Integer year;
    private List<Integer> years = List.of();
    private List<Row> rows = List.of();
    private int revision;
    private long version;

    private Carrier editing;
    private BigDecimal tcePerUnit;
    private String tceSource;
    private BigDecimal co2PerUnit;
    private String co2Source;
    private Integer toYear;

    /** The view action: the year asked for in the address, or the latest table. */
    public void load() {
        try {
            years = factorTables.years();
            if (year == null && !years.isEmpty()) {
                year = years.get(0);
            }
            if (year != null) {
                show(factorTables.table(year));
            }
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** The year chosen in the menu. */
    public void chooseYear() {
        show(factorTables.table(year));
    }

    private void show(FactorTables.TableView table) {
        Locale locale = localeSelector.getLocale();
        year = table.year();
        revision = table.revision();
        version = table.version();
        rows = table.carriers().stream()
                .map(values -> new Row(
                        values.carrier(),
                        FactorNumberConverter.text(values.tcePerUnit(), locale),
                        values.tceSource(),
                        FactorNumberConverter.text(values.co2PerUnit(), locale),
                        values.co2Source()))
                .toList();
    }

    public void startEdit(Carrier carrier) {
        FactorTables.CarrierView values = factorTables.table(year).factor(carrier);
        editing = carrier;
        tcePerUnit = values.tcePerUnit();
        tceSource = values.tceSource();
        co2PerUnit = values.co2PerUnit();
        co2Source = values.co2Source();
    }

    public void save() {
        try {
            FactorTables.TableView table = factorTables.change(
                    year, version, editing, new CarrierFactor.Typed(tcePerUnit, tceSource, co2PerUnit, co2Source));
            show(table);
            messages.info(
                    "zone.factors.saved",
                    messages.text("zone.factors.carrier." + editing.name()),
                    Integer.toString(year));
            org.primefaces.PrimeFaces.current().executeScript("PF('factorDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("factorForm", refusal);
        }
    }

    public void startCopy() {
        toYear = null;
    }

    public void copy() {
        try {
            FactorTables.TableView copy = factorTables.copy(year, toYear);
            years = factorTables.years();
            show(copy);
            messages.info("zone.factors.copied", Integer.toString(copy.year()));
            org.primefaces.PrimeFaces.current().executeScript("PF('copyDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("copyForm", refusal);
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getRevision() {
        return revision;
    }

    public Carrier getEditing() {
        return editing;
    }

    public BigDecimal getTcePerUnit() {
        return tcePerUnit;
    }

    public void setTcePerUnit(BigDecimal tcePerUnit) {
        this.tcePerUnit = tcePerUnit;
    }

    public String getTceSource() {
        return tceSource;
    }

    public void setTceSource(String tceSource) {
        this.tceSource = tceSource;
    }

    public BigDecimal getCo2PerUnit() {
        return co2PerUnit;
    }

    public void setCo2PerUnit(BigDecimal co2PerUnit) {
        this.co2PerUnit = co2PerUnit;
    }

    public String getCo2Source() {
        return co2Source;
    }

    public void setCo2Source(String co2Source) {
        this.co2Source = co2Source;
    }

    /** "Electricity, 2022", the dialog's subject. */
    public String getEditingText() {
        return editing == null
                ? ""
                : messages.text(
                        "zone.factors.editing",
                        messages.text("zone.factors.carrier." + editing.name()),
                        String.valueOf(year));
    }

    public String getEditingTceUnit() {
        return editing == null ? "" : messages.text("zone.factors.tceUnit." + editing.name());
    }

    public String getEditingCo2Unit() {
        return editing == null ? "" : messages.text("zone.factors.co2Unit." + editing.name());
    }

    /** "The 2022 table, revision 3": what results computed with it cite. */
    public String getRevisionText() {
        return year == null ? "" : messages.text("zone.factors.revision", String.valueOf(year), revision);
    }

    public String getCopyHint() {
        return year == null ? "" : messages.text("zone.factors.copyHint", String.valueOf(year));
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }
}
