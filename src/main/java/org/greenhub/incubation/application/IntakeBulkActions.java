package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * A call manager's actions on several applications of one intake call at once: remind the start-ups whose offer
 * waits for their answer, and export the selection. Every application is checked first (it must belong to that call,
 * which the caller manages, and be in a state the action applies to); when any is refused, nothing is done and every
 * refusal is reported with its reason.
 */
@ApplicationScoped
public class IntakeBulkActions {

    /** At most this many applications per action: a call's whole intake, with room to spare. */
    public static final int MAX_APPLICATIONS = 500;

    private static final List<String> COLUMNS = List.of(
            "project", "organisation", "focusArea", "status", "waitlistPosition", "submittedAt", "offerDeadline");

    @Inject
    org.greenhub.incubation.domain.IntakeApplicationRepository applications;

    @Inject
    IntakeQueries queries;

    @Inject
    IntakeCallService calls;

    @Inject
    IntakeMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    /** One application that was refused: its project title when the caller may see it (otherwise only the id it sent). */
    public record Refusal(long applicationId, String project, String messageKey, Object[] args)
            implements Serializable {}

    /** Nothing was done; the refusals say which applications stood in the way and why. Rolls the transaction back. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super(refusals.size() + " applications refused");
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    /** Reminds every given start-up whose offer is open to answer it before its deadline; answers how many. */
    @Transactional
    public int remindOffers(long callId, List<Long> applicationIds) {
        Map<Long, IntakeApplication> checked = check(callId, applicationIds);
        List<Refusal> refusals = new ArrayList<>();
        checked.values().stream()
                .filter(a -> a.getStatus() != ApplicationStatus.OFFERED)
                .forEach(a -> refusals.add(
                        new Refusal(a.getId(), a.getProjectTitle(), "incubation.bulk.noReminder", new Object[0])));
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        for (IntakeApplication application : checked.values()) {
            mails.offerReminder(application);
            audit.record(
                    "INTAKE_OFFER_REMINDED",
                    "IntakeApplication",
                    application.getId(),
                    null,
                    Map.of("status", application.getStatus()),
                    null);
        }
        return checked.size();
    }

    /**
     * The given applications of the call (all of them when {@code only} is null) as CSV or Excel, headers, focus areas
     * and states in the reader's language, times in the programme zone with the zone named. Ids of another call
     * match nothing: the query is bound to the call the caller manages.
     */
    @Transactional
    public ExportFile export(long callId, Collection<Long> only, ExportFile.Format format, Language language) {
        IntakeCall call = calls.requireManaged(callId);
        Locale locale = language.locale();
        List<List<Object>> table = new ArrayList<>();
        for (Object[] r : queries.exportRows(callId, only)) {
            table.add(Arrays.asList(
                    r[0],
                    r[1],
                    r[2] == null
                            ? null
                            : messages.get(
                                    locale,
                                    ((org.greenhub.organisation.domain.green.GreenFocusArea) r[2]).messageKey()),
                    messages.get(locale, ((ApplicationStatus) r[3]).messageKey()),
                    r[4],
                    r[5] == null ? null : IntakeMails.moment((Instant) r[5], locale),
                    r[6] == null ? null : IntakeMails.moment((Instant) r[6], locale)));
        }
        List<Object> header = COLUMNS.stream()
                .map(c -> (Object) messages.get(locale, "incubation.export." + c))
                .toList();
        String base = "intake-" + call.getId() + "-applications";
        return format == ExportFile.Format.CSV
                ? new ExportFile(base + ".csv", ExportFile.CSV, Spreadsheets.csv(header, table))
                : new ExportFile(base + ".xlsx", ExportFile.XLSX, Spreadsheets.xlsx("applications", header, table));
    }

    /** Every application: of this call, which the caller manages; all of them, or a refusal naming the others. */
    private Map<Long, IntakeApplication> check(long callId, List<Long> applicationIds) {
        calls.requireManaged(callId);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(applicationIds == null ? List.of() : applicationIds));
        if (ids.isEmpty()) {
            throw DomainException.invalid(null, "incubation.bulk.noneSelected");
        }
        if (ids.size() > MAX_APPLICATIONS) {
            throw DomainException.invalid(null, "incubation.bulk.tooMany", MAX_APPLICATIONS);
        }
        Map<Long, IntakeApplication> checked = new LinkedHashMap<>();
        List<Refusal> refusals = new ArrayList<>();
        for (long id : ids) {
            IntakeApplication application = applications.find(id).orElse(null);
            if (application == null || application.getCall().getId() != callId) {
                // another call's application is as unknown here as a missing one: its title is not shown
                refusals.add(new Refusal(id, null, "platform.error.notFound", new Object[0]));
            } else {
                checked.put(id, application);
            }
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        return checked;
    }
}
