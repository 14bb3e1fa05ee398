package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.greenhub.incubation.domain.ApplicationDocument;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;

/**
 * An application's documents, for the people who may see the application: the start-up's own people, and the
 * managers of the incubator it applied to. Everyone else gets 404, as for an id that does not exist. (Judges read
 * the business plan on their scoring page, through the evaluation engine's own checks.)
 */
@ApplicationScoped
public class ApplicationDocuments {

    @Inject
    IntakeApplicationRepository applicationRepository;

    @Inject
    IntakeApplications applications;

    @Inject
    IntakeDecisions decisions;

    @Inject
    FileStore files;

    @Transactional
    public FileStore.Download businessPlan(long applicationId) {
        IntakeApplication application = readable(applicationId);
        ApplicationDocument document = plan(application.getId()).orElseThrow(DomainException::notFound);
        return files.open(document.getStoredFileId());
    }

    /** Name, kind and size of the business plan, when the caller may see the application. */
    @Transactional
    public Optional<FileStore.FileSummary> businessPlanSummary(long applicationId) {
        IntakeApplication application = readable(applicationId);
        return plan(application.getId())
                .flatMap(d ->
                        files.summaries(List.of(d.getStoredFileId())).stream().findFirst());
    }

    private Optional<ApplicationDocument> plan(long applicationId) {
        return applicationRepository.businessPlan(applicationId);
    }

    private IntakeApplication readable(long applicationId) {
        try {
            return applications.view(applicationId);
        } catch (DomainException notTheirs) {
            if (notTheirs.kind() != DomainException.Kind.NOT_FOUND) {
                throw notTheirs;
            }
            return decisions.requireManaged(applicationId);
        }
    }
}
