package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.application.RestrictedList;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.text.Figures;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.ProjectDocument;
import org.greenhub.reserve.domain.ProjectDocumentRepository;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.StoredFinding;
import org.greenhub.zone.application.ZoneCodes;

/**
 * The project owner's one entry to the reserve: a person affiliated with an organisation today declares a project
 * for it through a call that takes declarations today, keeps it as a draft, attaches the evidence (checked by
 * content), and submits it, which screens it against the restricted list and the call's rules. A refusal names every
 * reason beside its field and changes nothing, not even the draft; flags go to the reviewers with the project.
 * Owners read and change only their organisation's projects: any other project, call or organisation answers "not
 * found". Every change is audited.
 */
@ApplicationScoped
public class ProjectDeclaring {

    @Inject
    ReserveRepository reserve;

    @Inject
    ProjectDocumentRepository documents;

    @Inject
    ProjectQueries queries;

    @Inject
    OrganisationService organisations;

    @Inject
    RestrictedList restrictedList;

    @Inject
    ZoneCodes zones;

    @Inject
    FileStore files;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** An organisation the caller may declare for, with the code of the zone record it is in (or none). */
    public record Owner(long organisationId, String organisation, String zoneCode) implements Serializable {}

    /** A call open for declarations today, named in the caller's language, with the evidence it requires. */
    public record OpenCall(long id, String name, LocalDate closesOn, Set<EvidenceKind> requiredEvidence)
            implements Serializable {}

    /** What the declaration form offers: the caller's organisations, the open calls and the zones. */
    public record Choices(List<Owner> owners, List<OpenCall> calls, List<ZoneCodes.Coded> zones)
            implements Serializable {}

    /** A file the owner attaches as one kind of evidence (replacing the file of that kind, if any). */
    public record Upload(EvidenceKind kind, String fileName, byte[] content) {}

    /** An evidence file as the owner's pages list it. */
    public record DocumentLine(EvidenceKind kind, String fileName) implements Serializable {}

    /** An evidence file with what the API tells of it: its size and the type its content was recognised as. */
    public record EvidenceFile(EvidenceKind kind, String fileName, long sizeBytes, String contentType)
            implements Serializable {}

    /** A project's declaration as its form is filled again, with the version it was read at. */
    public record Editable(
            long id,
            long version,
            long organisationId,
            long callId,
            ReserveProject.Declaration declaration,
            ProjectStatus status,
            List<DocumentLine> documents)
            implements Serializable {}

    /** A screening reason or flag in the reader's language, with the field it concerns. */
    public record ShownFinding(String field, String text) implements Serializable {}

    /** The owner's page of a project. */
    public record ProjectPage(
            long id,
            String organisation,
            String call,
            ProjectStatus status,
            ReserveProject.Declaration declaration,
            String zone,
            List<DocumentLine> documents,
            Set<EvidenceKind> requiredEvidence,
            List<ShownFinding> flags,
            String decisionReason,
            Grade grade,
            Period validity,
            Instant submittedAt,
            boolean editable,
            Instant renewalRequestedAt)
            implements Serializable {}

    @Transactional
    public Choices choices() {
        Language language = currentUser.require().getLanguage();
        List<OpenCall> calls = queries.openOn(today()).stream()
                .map(c -> new OpenCall(
                        c.id(),
                        c.name().text(language),
                        c.closesOn(),
                        reserve.findCall(c.id()).orElseThrow().rules().requiredEvidence()))
                .toList();
        return new Choices(owners(), calls, zones.all(language));
    }

    /** The organisations the caller is affiliated with today, by name. */
    @Transactional
    public List<Owner> owners() {
        return currentOrganisations().stream()
                .map(o -> new Owner(
                        o.getId(),
                        o.getLegalName(),
                        o.getZoneId() == null ? null : zones.code(o.getZoneId()).orElse(null)))
                .sorted(Comparator.comparing(Owner::organisation))
                .toList();
    }

    /** The projects of the caller's organisations, the newest first. */
    @Transactional
    public List<ProjectQueries.ProjectLine> mine() {
        return queries.ofOrganisations(
                currentOrganisations().stream().map(Organisation::getId).toList());
    }

    /**
     * Keeps the declaration as a draft: a new project when {@code projectId} is null (for an organisation of the
     * caller, through a call open today), else the caller's own project as it was read at {@code expectedVersion}.
     * Uploaded evidence is stored with it in the same transaction. Answers the project's id.
     */
    @Transactional
    public long saveDraft(
            Long projectId,
            Long expectedVersion,
            long organisationId,
            long callId,
            ReserveProject.Declaration declaration,
            List<Upload> uploads) {
        return keep(projectId, expectedVersion, organisationId, callId, declaration, uploads)
                .getId();
    }

    /**
     * Keeps the declaration as {@link #saveDraft} does and submits it: screening reads the restricted list (the
     * organisation's sector), the call's categories, zones and required evidence, and the benefits' plausibility. A
     * refusal ({@link org.greenhub.reserve.domain.ScreeningRefused}, every reason) rolls back everything, the draft
     * and the uploads included.
     */
    @Transactional
    public long submit(
            Long projectId,
            Long expectedVersion,
            long organisationId,
            long callId,
            ReserveProject.Declaration declaration,
            List<Upload> uploads) {
        ReserveProject project = keep(projectId, expectedVersion, organisationId, callId, declaration, uploads);
        ReserveCall call = reserve.findCall(project.getCallId()).orElseThrow(DomainException::notFound);
        if (!call.takesDeclarationsOn(today())) {
            throw DomainException.conflict("call", "reserve.declare.callClosed");
        }
        Language language = currentUser.require().getLanguage();
        Optional<Screening.RestrictedMatch> restricted =
                organisations.affiliationsOf(currentUser.require().getId()).stream()
                        .map(Affiliation::getOrganisation)
                        .filter(o -> o.getId() == project.getOrganisationId())
                        .findFirst()
                        .flatMap(restrictedList::matchFor)
                        .map(entry -> new Screening.RestrictedMatch(entry.getCode(), entry.name(language)));
        // the call's zones are zone records: the project's zone code is read as its record, if it names one
        Long zoneId = project.getZoneCode() == null
                ? null
                : zones.all(language).stream()
                        .filter(z -> z.code().equalsIgnoreCase(project.getZoneCode()))
                        .map(ZoneCodes.Coded::id)
                        .findFirst()
                        .orElse(null);
        Screening.Result result = Screening.screen(project.facts(), zoneId, call.rules(), restricted);
        Map<String, Object> before = snapshot(project);
        project.submit(result, Instant.now(clock));
        audit.record("RESERVE_PROJECT_SUBMITTED", "ReserveProject", project.getId(), before, snapshot(project), null);
        return project.getId();
    }

    /**
     * Attaches one file as one kind of evidence to the caller's own project, as the declaration page's upload does
     * (checked by content, replacing the file of that kind, audited), without touching the declaration: the API's way
     * to send evidence. The project must still be at {@code expectedVersion} and editable by its owner; a refused file
     * stores nothing.
     */
    @Transactional
    public void attachEvidence(long projectId, long expectedVersion, Upload upload) {
        ReserveProject project = owned(projectId);
        if (project.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        attach(project, upload, Instant.now(clock));
    }

    /** The caller's own project's evidence files, in the order of {@link EvidenceKind}, with size and type. */
    @Transactional
    public List<EvidenceFile> evidenceFiles(long projectId) {
        owned(projectId);
        List<ProjectDocument> attached = documents.of(projectId);
        Map<Long, FileStore.FileSummary> summaries = new java.util.HashMap<>();
        files.summaries(attached.stream().map(ProjectDocument::getStoredFileId).toList())
                .forEach(f -> summaries.put(f.id(), f));
        return attached.stream()
                .map(d -> {
                    FileStore.FileSummary summary = summaries.get(d.getStoredFileId());
                    return new EvidenceFile(
                            d.getKind(),
                            d.getFileName(),
                            summary.sizeBytes(),
                            summary.kind().contentType());
                })
                .toList();
    }

    /** The caller's own project as its form is filled again; anyone else's answers "not found". */
    @Transactional
    public Editable editable(long projectId) {
        ReserveProject project = owned(projectId);
        return new Editable(
                project.getId(),
                project.getVersion(),
                project.getOrganisationId(),
                project.getCallId(),
                declarationOf(project),
                project.getStatus(),
                documentLines(projectId));
    }

    /** The owner's page of a project: its status, what screening flagged, and the decision's reason. */
    @Transactional
    public ProjectPage show(long projectId) {
        return show(projectId, currentUser.require().getLanguage());
    }

    /** {@link #show(long)} with its texts (call, zone, screening's flags) in the language given, as the API asks. */
    @Transactional
    public ProjectPage show(long projectId, Language language) {
        ReserveProject project = owned(projectId);
        Locale locale = language.locale();
        ReserveCall call = reserve.findCall(project.getCallId()).orElseThrow(DomainException::notFound);
        String organisation = currentOrganisations().stream()
                .filter(o -> o.getId() == project.getOrganisationId())
                .map(Organisation::getLegalName)
                .findFirst()
                .orElse("");
        List<ShownFinding> flags = project.getFlags().stream()
                .map(f -> new ShownFinding(f.getField(), text(f, locale)))
                .toList();
        return new ProjectPage(
                project.getId(),
                organisation,
                call.getName().text(language),
                project.getStatus(),
                declarationOf(project),
                zones.name(project.getZoneCode(), language).orElse(project.getZoneCode()),
                documentLines(projectId),
                call.rules().requiredEvidence(),
                flags,
                project.getDecisionReason(),
                project.getGrade(),
                project.getValidity(),
                project.getSubmittedAt(),
                project.getStatus().editableByOwner(),
                project.getRenewalRequestedAt());
    }

    /**
     * The owner asks to renew a listed (or lapsed) project: the call's managers review it again in a renewal round,
     * and only their decision after that review extends the listing. Audited; another organisation's project answers
     * "not found".
     */
    @Transactional
    public void requestRenewal(long projectId) {
        ReserveProject project = owned(projectId);
        Instant now = Instant.now(clock);
        project.requestRenewal(now);
        audit.record(
                "RESERVE_RENEWAL_REQUESTED",
                "ReserveProject",
                project.getId(),
                null,
                Map.of("status", project.getStatus().name()),
                null);
    }

    /** A screening finding in the reader's language; its numbers (a flag's ratio and ceiling) as the reader writes them. */
    public String text(Screening.Finding finding, Locale locale) {
        return messages.get(
                locale,
                finding.messageKey(),
                finding.arguments().stream()
                        .map(a -> a instanceof java.math.BigDecimal number ? Figures.amount(number, locale) : a)
                        .toArray());
    }

    private String text(StoredFinding finding, Locale locale) {
        boolean numbers = finding.getMessageKey().startsWith("reserve.screening.benefitAboveCeiling.");
        return messages.get(
                locale,
                finding.getMessageKey(),
                finding.getArguments().stream()
                        .map(a -> numbers ? Figures.amount(a, locale) : a)
                        .toArray());
    }

    private ReserveProject keep(
            Long projectId,
            Long expectedVersion,
            long organisationId,
            long callId,
            ReserveProject.Declaration declaration,
            List<Upload> uploads) {
        Instant now = Instant.now(clock);
        ReserveProject project;
        if (projectId == null) {
            requireOwner(organisationId);
            ReserveCall call = reserve.findCall(callId).orElseThrow(DomainException::notFound);
            if (!call.takesDeclarationsOn(today())) {
                // a call not open is not offered: as for a call that does not exist
                throw DomainException.notFound();
            }
            project = ReserveProject.draft(organisationId, callId, declaration, now);
            reserve.add(project);
            audit.record("RESERVE_PROJECT_DRAFTED", "ReserveProject", project.getId(), null, snapshot(project), null);
        } else {
            project = owned(projectId);
            if (expectedVersion != null && project.getVersion() != expectedVersion) {
                throw DomainException.conflict(null, "platform.error.concurrentChange");
            }
            Map<String, Object> before = snapshot(project);
            project.change(declaration);
            audit.record("RESERVE_PROJECT_CHANGED", "ReserveProject", project.getId(), before, snapshot(project), null);
        }
        for (Upload upload : uploads) {
            attach(project, upload, now);
        }
        return project;
    }

    private void attach(ReserveProject project, Upload upload, Instant now) {
        if (!project.getStatus().editableByOwner()) {
            throw DomainException.conflict(null, "reserve.project.notEditable");
        }
        if (upload.kind() == null) {
            throw DomainException.invalid("evidence", "platform.validation.required");
        }
        StoredFile stored;
        try {
            stored = files.store(upload.fileName(), upload.content());
        } catch (DomainException refused) {
            // beside the upload of that kind, not a form-wide "file"
            throw DomainException.invalid(uploadField(upload.kind()), refused.messageKey(), refused.args());
        }
        List<ProjectDocument> existing = documents.of(project.getId());
        for (ProjectDocument old : existing) {
            if (old.getKind() == upload.kind()) {
                documents.remove(old);
                files.delete(old.getStoredFileId());
            }
        }
        documents.add(new ProjectDocument(project.getId(), upload.kind(), stored.getId(), stored.getFileName(), now));
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        documents.of(project.getId()).forEach(d -> kinds.add(d.getKind()));
        Map<String, Object> before = snapshot(project);
        project.evidenceAttached(kinds);
        Map<String, Object> after = snapshot(project);
        after.put("file", stored.getFileName());
        after.put("kind", upload.kind().name());
        audit.record("RESERVE_PROJECT_EVIDENCE_ATTACHED", "ReserveProject", project.getId(), before, after, null);
    }

    /** The form's and the API's name of the upload of one kind of evidence ("feasibilityStudy"). */
    public static String uploadField(EvidenceKind kind) {
        return switch (kind) {
            case FEASIBILITY_STUDY -> "feasibilityStudy";
            case ENVIRONMENTAL_IMPACT_APPROVAL -> "environmentalImpactApproval";
            case ENERGY_ASSESSMENT -> "energyAssessment";
        };
    }

    private ReserveProject owned(long projectId) {
        ReserveProject project = reserve.findProject(projectId).orElseThrow(DomainException::notFound);
        // another organisation's project answers exactly like one that does not exist
        requireOwner(project.getOrganisationId());
        return project;
    }

    private void requireOwner(long organisationId) {
        if (currentOrganisations().stream().noneMatch(o -> o.getId() == organisationId)) {
            throw DomainException.notFound();
        }
    }

    private List<Organisation> currentOrganisations() {
        LocalDate today = today();
        return organisations.affiliationsOf(currentUser.require().getId()).stream()
                .filter(a -> a.isCurrent(today))
                .map(Affiliation::getOrganisation)
                .distinct()
                .toList();
    }

    private List<DocumentLine> documentLines(long projectId) {
        return documents.of(projectId).stream()
                .map(d -> new DocumentLine(d.getKind(), d.getFileName()))
                .toList();
    }

    private static ReserveProject.Declaration declarationOf(ReserveProject p) {
        return new ReserveProject.Declaration(
                p.getTitle(),
                p.getSummary(),
                p.getCategory(),
                p.getZoneCode(),
                p.getLocation(),
                p.getStage(),
                p.getTotalInvestmentYuan(),
                p.getFinancingSoughtYuan(),
                p.getInstruments(),
                p.getExpected(),
                p.getEstimateMethod(),
                p.isContactForFunders());
    }

    private static Map<String, Object> snapshot(ReserveProject p) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", p.getTitle());
        state.put("status", p.getStatus().name());
        state.put(
                "evidence",
                new ArrayList<>(new java.util.TreeSet<>(
                        p.getEvidence().stream().map(Enum::name).toList())));
        return state;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
