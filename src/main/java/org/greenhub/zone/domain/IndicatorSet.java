package org.greenhub.zone.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.i18n.LocalisedName;

/** A named group of indicator definitions (the national plan's, a programme's); seeded by migrations, read-only. */
@Entity
@Table(name = "zone_indicator_set")
public class IndicatorSet extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "name_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "name_vi"))
    private LocalisedName name;

    protected IndicatorSet() {}

    public IndicatorSet(String code, int position, LocalisedName name) {
        this.code = code;
        this.position = position;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalisedName getName() {
        return name;
    }
}
