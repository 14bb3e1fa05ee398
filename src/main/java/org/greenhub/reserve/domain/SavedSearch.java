package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/** A funder's saved search: what a newly listed project must match for the funder to be mailed. */
@Entity
@Table(name = "reserve_saved_search")
public class SavedSearch extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    /** The criteria; every part optional, but at least one is given (an empty search would mail every listing). */
    public record Criteria(
            GreenCategory category,
            String zoneCode,
            FinancingInstrument instrument,
            BigDecimal minAmountYuan,
            BigDecimal maxAmountYuan)
            implements Serializable {

        public Criteria {
            zoneCode = TextRules.optionalName("zone", zoneCode, 20);
            if (minAmountYuan != null && minAmountYuan.signum() < 0) {
                throw DomainException.invalid("minAmount", "reserve.public.badAmount");
            }
            if (maxAmountYuan != null && maxAmountYuan.signum() < 0) {
                throw DomainException.invalid("maxAmount", "reserve.public.badAmount");
            }
            if (minAmountYuan != null && maxAmountYuan != null && minAmountYuan.compareTo(maxAmountYuan) > 0) {
                throw DomainException.invalid("maxAmount", "reserve.public.amountRange");
            }
            if (category == null
                    && zoneCode == null
                    && instrument == null
                    && minAmountYuan == null
                    && maxAmountYuan == null) {
                throw DomainException.invalid("category", "reserve.search.criterionRequired");
            }
        }
    }

    @Column(name = "funder_user_id", nullable = false)
    private long funderUserId;

    @Column(name = "funder_organisation_id", nullable = false)
    private long funderOrganisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 60)
    private GreenCategory category;

    @Column(name = "zone_code", length = 20)
    private String zoneCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FinancingInstrument instrument;

    @Column(name = "min_amount_yuan", precision = 18, scale = 2)
    private BigDecimal minAmountYuan;

    @Column(name = "max_amount_yuan", precision = 18, scale = 2)
    private BigDecimal maxAmountYuan;

    protected SavedSearch() {}

    public SavedSearch(long funderUserId, long funderOrganisationId, String name, Criteria criteria, Instant now) {
        setCreatedAt(now);
        this.name = TextRules.name("name", name, 200);
        this.funderUserId = funderUserId;
        this.funderOrganisationId = funderOrganisationId;
        this.category = criteria.category();
        this.zoneCode = criteria.zoneCode();
        this.instrument = criteria.instrument();
        this.minAmountYuan = criteria.minAmountYuan();
        this.maxAmountYuan = criteria.maxAmountYuan();
    }

    public Criteria criteria() {
        return new Criteria(category, zoneCode, instrument, minAmountYuan, maxAmountYuan);
    }

    public long getFunderUserId() {
        return funderUserId;
    }

    public long getFunderOrganisationId() {
        return funderOrganisationId;
    }

    public String getName() {
        return name;
    }
}
