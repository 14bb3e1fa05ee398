package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.DeclarationStatus;

/**
 * A zone's declarations for its administrators, a page at a time from the database, those waiting for review first
 * shown, each with its energy and CO2 and a mark when a plausibility check flags it; another zone answers "not found"
 * (the service checks the zone on every page it loads).
 */
@Named("declarationReview")
@ViewScoped
public class DeclarationReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Declarations declarations;

    @Inject
    org.greenhub.platform.i18n.LocaleSelector localeSelector;

    private Long zoneId;
    private DeclarationStatus status = DeclarationStatus.SUBMITTED;
    private Page page;

    public void load() {
        if (jakarta.faces.context.FacesContext.getCurrentInstance().getResponseComplete()) {
            // the zone's own record already refused the page (404): answer once
            return;
        }
        try {
            if (zoneId == null) {
                throw DomainException.notFound();
            }
            declarations.count(zoneId, null);
            page = new Page(declarations, zoneId, status);
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** The status filter changed: the table starts again at its first page. */
    public void filter() {
        page = new Page(declarations, zoneId, status);
    }

    /** When a line was filed, with the zone named. */
    public String time(java.time.Instant filedAt) {
        return org.greenhub.platform.web.TimeText.of(filedAt, DeclarationPageBean.TIME_ZONE);
    }

    /** A figure as accounted, in the reader's locale; "–" where the year has no factor table yet. */
    public String figure(java.math.BigDecimal value) {
        return value == null ? "–" : org.greenhub.platform.text.Figures.amount(value, localeSelector.getLocale());
    }

    public List<DeclarationStatus> getStatuses() {
        return List.of(DeclarationStatus.SUBMITTED, DeclarationStatus.RETURNED, DeclarationStatus.ACCEPTED);
    }

    public Long getZoneId() {
        return zoneId;
    }

    public void setZoneId(Long zoneId) {
        this.zoneId = zoneId;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public void setStatus(DeclarationStatus status) {
        this.status = status;
    }

    public Page getPage() {
        return page;
    }

    /** The zone's declarations with the chosen status (none chosen: every status). */
    public static class Page extends DatabasePage<Declarations.ReviewLine> {
        private static final long serialVersionUID = 1L;
        private final transient Declarations declarations;
        private final long zoneId;
        private final DeclarationStatus status;

        Page(Declarations declarations, long zoneId, DeclarationStatus status) {
            this.declarations = declarations;
            this.zoneId = zoneId;
            this.status = status;
        }

        private Declarations declarations() {
            return declarations != null
                    ? declarations
                    : jakarta.enterprise
                            .inject
                            .spi
                            .CDI
                            .current()
                            .select(Declarations.class)
                            .get();
        }

        @Override
        protected List<Declarations.ReviewLine> page(int first, int size, String sortField, boolean ascending) {
            return declarations().reviewPage(zoneId, status, first, size);
        }

        @Override
        protected long total() {
            return declarations().count(zoneId, status);
        }

        @Override
        protected Object keyOf(Declarations.ReviewLine row) {
            return row.id();
        }
    }
}
