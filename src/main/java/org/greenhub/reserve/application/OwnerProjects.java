package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * The project owner's reserve as the API offers it, each call one transaction through the owner's own use cases
 * ({@link ProjectDeclaring}, {@link ProjectFinancing}): the projects of the organisations the caller acts for today, a
 * page at a time from the database; one project as its owner's pages show it, with its tag ({@code ETag}: id and
 * version) and its evidence files; a draft (or a returned project) changed, given evidence files and submitted with
 * the rules of the owner's page. The tag sent
 * back in {@code If-Match} is checked in the transaction that changes the project, so nothing changed since it was
 * read is overwritten. Another organisation's project answers "not found".
 */
@ApplicationScoped
public class OwnerProjects {

    @Inject
    ProjectDeclaring declaring;

    @Inject
    ProjectFinancing financing;

    @Inject
    ProjectQueries queries;

    @Inject
    ReserveRepository reserve;

    /** One page of the caller's organisations' projects and how many there are in all. */
    public record OwnedPage(List<ProjectQueries.OwnedLine> rows, long total) {}

    /** A screening flag (or reason) in the caller's language, with the field it concerns. */
    public record Finding(String field, String text) {}

    /**
     * The owner's full view of a project: the declaration, where it stands, what screening flagged, the grade and
     * listing days, and once listed, the parts of its financing and the yearly results filed.
     */
    public record OwnerProject(
            long id,
            long organisationId,
            String organisation,
            long callId,
            String call,
            ProjectStatus status,
            boolean editable,
            String title,
            String summary,
            GreenCategory category,
            String zoneCode,
            String zone,
            String location,
            ProjectStage stage,
            BigDecimal totalInvestmentYuan,
            BigDecimal financingSoughtYuan,
            Set<FinancingInstrument> instruments,
            Benefits expected,
            String estimateMethod,
            boolean contactForFunders,
            List<EvidenceKind> evidence,
            List<EvidenceFile> evidenceFiles,
            Set<EvidenceKind> requiredEvidence,
            List<Finding> screeningFlags,
            Instant submittedAt,
            String decisionReason,
            Grade grade,
            LocalDate listedFrom,
            LocalDate listedUntil,
            Instant renewalRequestedAt,
            BigDecimal raisedYuan,
            List<ProjectFinancing.PartLine> financing,
            List<ProjectFinancing.YearLine> results) {}

    /** An evidence file of the project: its kind, name, size, checked type and where it downloads from. */
    public record EvidenceFile(EvidenceKind kind, String fileName, long sizeBytes, String contentType, String href) {}

    /** A project and the tag of the version it shows. */
    public record TaggedProject(OwnerProject project, String etag) {}

    /** The caller's organisations' projects, newest first, optionally in one status and of one stage. */
    @Transactional
    public OwnedPage mine(ProjectStatus status, ProjectStage stage, int first, int size) {
        List<Long> organisations = declaring.owners().stream()
                .map(ProjectDeclaring.Owner::organisationId)
                .toList();
        return new OwnedPage(
                queries.ofOrganisations(organisations, status, stage, first, size),
                queries.countOfOrganisations(organisations, status, stage));
    }

    /** One of the caller's organisations' projects; anyone else's answers "not found". */
    @Transactional
    public TaggedProject project(long projectId, Language language) {
        ProjectDeclaring.Editable current = declaring.editable(projectId);
        return tagged(current, language);
    }

    /**
     * Replaces the declaration of a draft (or of a project returned for more information), checked as on the owner's
     * page; {@code seen} (the caller's {@code If-Match}) must name the version the caller read.
     */
    @Transactional
    public TaggedProject change(
            long projectId, IfMatch seen, ReserveProject.Declaration declaration, Language language) {
        ProjectDeclaring.Editable current = matching(projectId, seen);
        declaring.saveDraft(
                projectId, current.version(), current.organisationId(), current.callId(), declaration, List.of());
        return changed(projectId, language);
    }

    /**
     * Submits the project as it stands: screening reads the restricted list, the call's rules and the evidence
     * attached, as on the owner's page; a refusal ({@link org.greenhub.reserve.domain.ScreeningRefused}, every reason)
     * changes nothing.
     */
    @Transactional
    public TaggedProject submit(long projectId, IfMatch seen, Language language) {
        ProjectDeclaring.Editable current = matching(projectId, seen);
        declaring.submit(
                projectId,
                current.version(),
                current.organisationId(),
                current.callId(),
                current.declaration(),
                List.of());
        return changed(projectId, language);
    }

    /**
     * Attaches a file as one kind of evidence to a draft (or a returned project), replacing the file of that kind, as
     * the declaration page's upload does: checked by content, audited; {@code seen} must name the version the caller
     * read, since the evidence a project holds is part of that version. A refused file stores nothing.
     */
    @Transactional
    public TaggedProject attachEvidence(
            long projectId, IfMatch seen, EvidenceKind kind, String fileName, byte[] content, Language language) {
        ProjectDeclaring.Editable current = matching(projectId, seen);
        declaring.attachEvidence(projectId, current.version(), new ProjectDeclaring.Upload(kind, fileName, content));
        return changed(projectId, language);
    }

    private ProjectDeclaring.Editable matching(long projectId, IfMatch seen) {
        // "not found" for anyone else's project comes first: a stranger learns nothing from the tag check
        ProjectDeclaring.Editable current = declaring.editable(projectId);
        seen.require(VersionTag.of(projectId, current.version()));
        if (!current.status().editableByOwner()) {
            throw DomainException.conflict(null, "reserve.project.notEditable");
        }
        return current;
    }

    /** The project after a change, written first so that its tag is the new version's. */
    private TaggedProject changed(long projectId, Language language) {
        reserve.flush();
        return tagged(declaring.editable(projectId), language);
    }

    private TaggedProject tagged(ProjectDeclaring.Editable current, Language language) {
        long id = current.id();
        ProjectDeclaring.ProjectPage page = declaring.show(id, language);
        ReserveProject.Declaration d = page.declaration();
        boolean financed = page.status() == ProjectStatus.LISTED || page.status() == ProjectStatus.LAPSED;
        ProjectFinancing.Overview overview = financed ? financing.show(id) : null;
        OwnerProject project = new OwnerProject(
                id,
                current.organisationId(),
                page.organisation(),
                current.callId(),
                page.call(),
                page.status(),
                page.editable(),
                d.title(),
                d.summary(),
                d.category(),
                d.zoneCode(),
                page.zone(),
                d.location(),
                d.stage(),
                d.totalInvestmentYuan(),
                d.financingSoughtYuan(),
                d.instruments(),
                d.expected(),
                d.estimateMethod(),
                d.contactForFunders(),
                page.documents().stream()
                        .map(ProjectDeclaring.DocumentLine::kind)
                        .toList(),
                declaring.evidenceFiles(id).stream()
                        .map(f -> new EvidenceFile(
                                f.kind(),
                                f.fileName(),
                                f.sizeBytes(),
                                f.contentType(),
                                "/api/reserve/projects/" + id + "/evidence/"
                                        + f.kind().name()))
                        .toList(),
                page.requiredEvidence(),
                page.flags().stream().map(f -> new Finding(f.field(), f.text())).toList(),
                page.submittedAt(),
                page.decisionReason(),
                page.grade(),
                page.validity() == null ? null : page.validity().since(),
                page.validity() == null ? null : page.validity().until(),
                page.renewalRequestedAt(),
                overview == null ? BigDecimal.ZERO : overview.raisedYuan(),
                overview == null ? List.of() : overview.parts(),
                overview == null ? List.of() : overview.years());
        return new TaggedProject(project, VersionTag.of(id, current.version()));
    }
}
