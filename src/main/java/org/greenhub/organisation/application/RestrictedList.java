package org.greenhub.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.RestrictedActivity;
import org.greenhub.organisation.domain.RestrictedActivityRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * The restricted-entry list: programmes ask whether an organisation's sector is on it (anyone may ask, the list is
 * public policy); only administrators change it, every change audited with before and after.
 */
@ApplicationScoped
public class RestrictedList {

    @Inject
    RestrictedActivityRepository activities;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<RestrictedActivity> active() {
        return activities.active();
    }

    @Transactional
    public List<RestrictedActivity> all() {
        return activities.all();
    }

    /** One entry as the administrators' list shows and edits it. */
    public record Row(long id, long version, String code, LocalisedName name, String keywords, boolean active)
            implements java.io.Serializable {}

    /** Every entry, active or retired, for the administrators' list. */
    @Transactional
    public List<Row> rows() {
        return activities.all().stream()
                .map(a -> new Row(a.getId(), a.getVersion(), a.getCode(), a.getName(), a.getKeywords(), a.isActive()))
                .toList();
    }

    /** The first active entry the sector text matches, in any language; empty for no sector. */
    @Transactional
    public Optional<RestrictedActivity> matchSector(String sector) {
        if (sector == null || sector.isBlank()) {
            return Optional.empty();
        }
        return active().stream().filter(a -> a.matches(sector)).findFirst();
    }

    @Transactional
    public Optional<RestrictedActivity> matchFor(Organisation organisation) {
        return matchSector(organisation.getSector());
    }

    @Transactional
    public RestrictedActivity add(String code, RestrictedActivity.Names names, String keywords) {
        requireAdministrator();
        String normalised = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (normalised != null && activities.codeTaken(normalised)) {
            throw DomainException.conflict("code", "organisation.restricted.duplicateCode", normalised);
        }
        RestrictedActivity activity = new RestrictedActivity(normalised, names, keywords, Instant.now(clock));
        activities.add(activity);
        audit.record("restricted.add", "RestrictedActivity", activity.getId(), null, activity.state(), null);
        return activity;
    }

    @Transactional
    public RestrictedActivity change(
            long id, long version, RestrictedActivity.Names names, String keywords, boolean active) {
        requireAdministrator();
        RestrictedActivity activity = activities.find(id).orElseThrow(DomainException::notFound);
        if (activity.getVersion() != version) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Map<String, Object> before = activity.state();
        activity.change(names, keywords, Instant.now(clock));
        activity.setActive(active, Instant.now(clock));
        audit.record("restricted.change", "RestrictedActivity", id, before, activity.state(), null);
        return activity;
    }

    private void requireAdministrator() {
        if (!currentUser.require().hasRole(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
    }
}
