package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;
import org.greenhub.reserve.application.FinancingAccess.Relation;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.Financing;
import org.greenhub.reserve.domain.FinancingRepository;
import org.greenhub.reserve.domain.ProjectResult;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.ResultSchedule;

/**
 * A listed project's financing: its owner or a reserve manager of its call records each part with its evidence file
 * (checked by content, stored in the same transaction, so a refused part leaves no file behind); the owner, the
 * managers and administrators read the parts and the yearly results. Every record is audited.
 */
@ApplicationScoped
public class ProjectFinancing {

    @Inject
    ReserveRepository reserve;

    @Inject
    FinancingRepository financing;

    @Inject
    FinancingAccess access;

    @Inject
    OrganisationRepository organisations;

    @Inject
    FileStore files;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A part as the page lists it. */
    public record PartLine(
            long id,
            String instrument,
            BigDecimal amountYuan,
            LocalDate financedOn,
            String funder,
            String fileName,
            String aboveSoughtReason)
            implements Serializable {}

    /** A reporting year: its due day and its results, if reported. */
    public record YearLine(int year, LocalDate dueOn, Benefits realised, boolean overdue, boolean open)
            implements Serializable {}

    /** What the project's financing page shows. */
    public record Overview(
            long projectId,
            String title,
            String organisation,
            BigDecimal soughtYuan,
            BigDecimal raisedYuan,
            Set<org.greenhub.reserve.domain.FinancingInstrument> instrumentsSought,
            Benefits expected,
            List<PartLine> parts,
            List<YearLine> years,
            boolean mayRecord,
            boolean mayReport)
            implements Serializable {}

    @Transactional
    public Overview show(long projectId) {
        UserAccount user = currentUser.require();
        ReserveProject project = reserve.findProject(projectId).orElseThrow(DomainException::notFound);
        Relation relation = access.relation(project, user);
        List<Financing> parts = financing.financings(projectId);
        Map<Long, String> fileNames =
                files.summaries(parts.stream().map(Financing::getEvidenceFileId).toList()).stream()
                        .collect(Collectors.toMap(FileStore.FileSummary::id, FileStore.FileSummary::fileName));
        List<PartLine> lines = parts.stream()
                .map(p -> new PartLine(
                        p.getId(),
                        p.getInstrument().name(),
                        p.getAmountYuan(),
                        p.getFinancedOn(),
                        organisationName(p.getFunderId()),
                        fileNames.getOrDefault(p.getEvidenceFileId(), ""),
                        p.getAboveSoughtReason()))
                .toList();
        LocalDate today = today(project);
        Map<Integer, ProjectResult> results = financing.results(projectId).stream()
                .collect(Collectors.toMap(ProjectResult::getYear, Function.identity()));
        ResultSchedule schedule = schedule(project);
        boolean financed = !parts.isEmpty();
        List<YearLine> years = financed
                ? schedule.years().stream()
                        .map(y -> new YearLine(
                                y,
                                ResultSchedule.dueOn(y),
                                results.containsKey(y) ? results.get(y).getRealised() : null,
                                schedule.overdue(y, results.containsKey(y), today),
                                !results.containsKey(y) && ResultSchedule.over(y, today)))
                        .toList()
                : List.of();
        return new Overview(
                projectId,
                project.getTitle(),
                organisationName(project.getOrganisationId()),
                project.getFinancingSoughtYuan(),
                Financing.raised(parts),
                project.getInstruments(),
                project.getExpected(),
                lines,
                years,
                relation != Relation.ADMINISTRATOR
                        && project.getStatus() == org.greenhub.reserve.domain.ProjectStatus.LISTED,
                relation == Relation.OWNER && financed);
    }

    /**
     * Today in the zone of the project's call: the listing began on that day there ({@code ListingDecisions}), so a part
     * financed on the listing day, or a year that ended there, is judged by the same calendar (in UTC, a project listed
     * in Shanghai after 16:00 UTC would begin "tomorrow" and refuse a part dated today).
     */
    LocalDate today(ReserveProject project) {
        ReserveCall call = reserve.findCall(project.getCallId()).orElseThrow(DomainException::notFound);
        return LocalDate.now(clock.withZone(call.zone()));
    }

    /** Records a part of the project's financing with its evidence file; every refusal names its field. */
    @Transactional
    public Financing record(long projectId, Financing.Part part, String fileName, byte[] evidence) {
        UserAccount user = currentUser.require();
        ReserveProject project = reserve.findProject(projectId).orElseThrow(DomainException::notFound);
        if (access.relation(project, user) == Relation.ADMINISTRATOR) {
            throw DomainException.notFound();
        }
        if (part.funderId() != null && organisations.find(part.funderId()).isEmpty()) {
            throw DomainException.invalid("funder", "reserve.financing.funderRequired");
        }
        LocalDate today = today(project);
        Instant now = Instant.now(clock);
        List<Financing> earlier = financing.financings(projectId);
        // the part's own rules first, so a wrong amount is named before the file is looked at
        Financing.record(project, earlier, part, 0, user.getId(), today, now);
        if (evidence == null || evidence.length == 0) {
            throw DomainException.invalid("evidence", "reserve.financing.evidenceRequired");
        }
        StoredFile file;
        try {
            file = files.store(fileName, evidence);
        } catch (DomainException refused) {
            throw new DomainException(refused.kind(), refused.messageKey(), "evidence", refused.args());
        }
        Financing recorded = Financing.record(project, earlier, part, file.getId(), user.getId(), today, now);
        financing.add(recorded);
        audit.record(
                "RESERVE_FINANCING_RECORDED",
                "ReserveProject",
                projectId,
                null,
                recorded.snapshot(),
                recorded.getInstrument() + " " + recorded.getAmountYuan().toPlainString());
        return recorded;
    }

    /** The evidence of a part, for whoever may read the project. */
    @Transactional
    public FileStore.Download evidence(long projectId, long financingId) {
        UserAccount user = currentUser.require();
        ReserveProject project = reserve.findProject(projectId).orElseThrow(DomainException::notFound);
        access.relation(project, user);
        Financing part = financing.financings(projectId).stream()
                .filter(f -> f.getId() == financingId)
                .findFirst()
                .orElseThrow(DomainException::notFound);
        return files.open(part.getEvidenceFileId());
    }

    /** Organisations of the directory whose name contains the text, to choose the funder from. */
    @Transactional
    public List<Choice> fundersNamed(String text) {
        currentUser.require();
        return organisations.page(new OrganisationRepository.OrganisationQuery(text, null, null, true), 0, 10).stream()
                .map(o -> new Choice(o.getId(), o.getLegalName()))
                .toList();
    }

    ResultSchedule schedule(ReserveProject project) {
        ReserveCall call = reserve.findCall(project.getCallId()).orElseThrow(DomainException::notFound);
        return ResultSchedule.of(call.term(), project.getValidity().since());
    }

    private String organisationName(long id) {
        return organisations.find(id).map(Organisation::getLegalName).orElse("");
    }
}
