package org.greenhub.alliance.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;

/** A member category of one alliance with its annual dues, e.g. "Vice-chair unit", 50,000 yuan. */
@Entity
@Table(name = "alliance_member_category")
public class MemberCategory extends BaseEntity {

    public static final BigDecimal MAX_DUES = new BigDecimal("100000000");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Column(nullable = false)
    private int position;

    // applicants and the public directory read the category in their language (V641 added the translations)
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "name_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "name_vi"))
    private LocalisedName name;

    @Column(name = "annual_dues", nullable = false)
    private BigDecimal annualDues;

    @Version
    private long version;

    protected MemberCategory() {}

    /** A category named in English only. */
    public MemberCategory(Alliance alliance, int position, String name, BigDecimal annualDues) {
        this(alliance, position, LocalisedInput.english(name), annualDues);
    }

    public MemberCategory(Alliance alliance, int position, LocalisedInput name, BigDecimal annualDues) {
        this.alliance = alliance;
        this.position = position;
        change(name, annualDues);
    }

    public void change(LocalisedInput name, BigDecimal annualDues) {
        LocalisedName newName = name.name("categoryName", 200);
        if (annualDues == null) {
            throw DomainException.invalid("annualDues", "platform.validation.required");
        }
        if (annualDues.signum() < 0
                || annualDues.compareTo(MAX_DUES) > 0
                || annualDues.scale() > 2 && annualDues.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("annualDues", "alliance.validation.dues");
        }
        this.name = newName;
        this.annualDues = annualDues;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public int getPosition() {
        return position;
    }

    public LocalisedName getName() {
        return name;
    }

    public BigDecimal getAnnualDues() {
        return annualDues;
    }
}
