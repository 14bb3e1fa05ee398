package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.greenhub.platform.error.DomainException;

/** Under {@link AdvancementRule#TOP_N_WITH_QUOTAS}: how many entries advance from one scope value of a round. */
@Entity
@Table(name = "round_quota")
public class RoundQuota {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "round_id")
        private long roundId;

        @Column(name = "scope_value")
        private String scopeValue;

        protected Key() {}

        public Key(long roundId, String scopeValue) {
            this.roundId = roundId;
            this.scopeValue = scopeValue;
        }

        public long getRoundId() {
            return roundId;
        }

        public String getScopeValue() {
            return scopeValue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.roundId == roundId && Objects.equals(k.scopeValue, scopeValue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, scopeValue);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int quota;

    protected RoundQuota() {}

    public RoundQuota(long roundId, String scopeValue, int quota) {
        if (scopeValue == null || scopeValue.isBlank() || scopeValue.length() > 200) {
            throw DomainException.invalid("scopeValue", "evaluation.advancement.scopeValueInvalid");
        }
        this.key = new Key(roundId, scopeValue);
        change(quota);
    }

    public void change(int newQuota) {
        if (newQuota < 0) {
            throw DomainException.invalid("quota", "evaluation.advancement.quotaNegative");
        }
        this.quota = newQuota;
    }

    public String getScopeValue() {
        return key.getScopeValue();
    }

    public int getQuota() {
        return quota;
    }
}
