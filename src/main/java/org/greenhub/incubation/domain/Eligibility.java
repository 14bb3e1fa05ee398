package org.greenhub.incubation.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.greenhub.organisation.domain.green.GreenFocusArea;

/**
 * The eligibility rules of an intake call, each failing one with its reason: founded at most N months before applying
 * (the call's setting, 24 by default), registered in the incubator's zone or committed to register there, not in an
 * activity on the restricted list, and a green focus area the incubator takes.
 */
public final class Eligibility {

    /** One rule not met: a message key and its arguments. */
    public record Finding(String messageKey, List<Object> args) implements Serializable {
        public Finding(String messageKey, Object... args) {
            this(messageKey, List.of(args));
        }
    }

    /**
     * The facts the rules look at. {@code restrictedActivity} names the matching restricted activity, if any; the
     * organisation's zone is its zone record ({@code organisationZoneId}) or, without one, its text; {@code
     * incubatorZoneName} is the incubator's zone as the applicant reads it.
     */
    public record Facts(
            LocalDate foundingDate,
            String organisationZone,
            boolean commitsToRegister,
            GreenFocusArea focusArea,
            Optional<String> restrictedActivity,
            LocalDate applyingOn,
            Long organisationZoneId,
            String incubatorZoneName) {

        /** Facts of organisations and incubators that name their zone as text only. */
        public Facts(
                LocalDate foundingDate,
                String organisationZone,
                boolean commitsToRegister,
                GreenFocusArea focusArea,
                Optional<String> restrictedActivity,
                LocalDate applyingOn) {
            this(
                    foundingDate,
                    organisationZone,
                    commitsToRegister,
                    focusArea,
                    restrictedActivity,
                    applyingOn,
                    null,
                    null);
        }
    }

    private Eligibility() {}

    public static List<Finding> check(IntakeCall call, Facts facts) {
        List<Finding> findings = new ArrayList<>();
        if (facts.foundingDate() == null) {
            findings.add(new Finding("incubation.eligibility.foundingDateMissing"));
        } else if (facts.foundingDate().isBefore(facts.applyingOn().minusMonths(call.getMaxCompanyAgeMonths()))) {
            findings.add(new Finding("incubation.eligibility.tooOld", call.getMaxCompanyAgeMonths()));
        }
        Incubator incubator = call.getIncubator();
        boolean inAZone = incubator.getZoneId() != null || incubator.getZone() != null;
        if (inAZone
                && !incubator.sharesZoneWith(facts.organisationZoneId(), facts.organisationZone())
                && !facts.commitsToRegister()) {
            String zone = facts.incubatorZoneName() != null ? facts.incubatorZoneName() : incubator.getZone();
            findings.add(new Finding("incubation.eligibility.zone", zone));
        }
        facts.restrictedActivity()
                .ifPresent(activity -> findings.add(new Finding("incubation.eligibility.restricted", activity)));
        Set<GreenFocusArea> taken = call.getIncubator().getSpecialisation();
        if (facts.focusArea() == null) {
            findings.add(new Finding("incubation.eligibility.focusAreaMissing"));
        } else if (!taken.isEmpty() && !taken.contains(facts.focusArea())) {
            findings.add(new Finding("incubation.eligibility.focusAreaNotTaken"));
        }
        return findings;
    }

    public static boolean registeredIn(String incubatorZone, String organisationZone) {
        return incubatorZone != null
                && organisationZone != null
                && incubatorZone
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(organisationZone.strip().toLowerCase(Locale.ROOT));
    }
}
