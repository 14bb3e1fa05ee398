package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.JudgeAccess;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.ProjectDocument;
import org.greenhub.reserve.domain.ProjectDocumentRepository;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * A project's evidence files, downloaded by those who read the declaration: its owner (a person currently affiliated
 * with the project's organisation), the managers of its call (and administrators), and the reviewers who may score
 * the project in the call's review round now (the engine's {@link JudgeAccess}: a published assignment, no conflict,
 * the round open); a draft's files are the owner's alone. For anyone else, an unknown project or a kind it has no
 * file of: "not found", so nobody learns which files another organisation attached.
 */
@ApplicationScoped
public class ProjectEvidence {

    @Inject
    ReserveRepository reserve;

    @Inject
    ProjectDocumentRepository documents;

    @Inject
    OrganisationRepository organisations;

    @Inject
    JudgeAccess judges;

    @Inject
    FileStore files;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The file of this kind (by its name, e.g. {@code FEASIBILITY_STUDY}), with its checked type and name. */
    @Transactional
    public FileStore.Download download(long projectId, String kind) {
        UserAccount user = currentUser.require();
        ReserveProject project = reserve.findProject(projectId).orElseThrow(DomainException::notFound);
        if (!mayRead(user, project)) {
            throw DomainException.notFound();
        }
        EvidenceKind wanted = kind(kind);
        ProjectDocument document = documents.of(projectId).stream()
                .filter(d -> d.getKind() == wanted)
                .findFirst()
                .orElseThrow(DomainException::notFound);
        return files.open(document.getStoredFileId());
    }

    private boolean mayRead(UserAccount user, ReserveProject project) {
        LocalDate today = LocalDate.now(clock);
        boolean owner = organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.isCurrent(today) && a.getOrganisation().getId() == project.getOrganisationId());
        if (owner) {
            return true;
        }
        ReserveCall call = reserve.findCall(project.getCallId()).orElse(null);
        if (call == null || project.getStatus() == ProjectStatus.DRAFT) {
            // a draft is the owner's alone, as on the managers' pages
            return false;
        }
        if (ReserveCallAccess.manages(user, call)) {
            return true;
        }
        return call.getEvaluationRoundId() != null
                && project.getEvaluationSubjectId() != null
                && judges.mayScore(call.getEvaluationRoundId(), project.getEvaluationSubjectId(), user.getId());
    }

    private static EvidenceKind kind(String name) {
        try {
            return EvidenceKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw DomainException.notFound();
        }
    }
}
