package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;

/**
 * A subject's document for download: the managers of the subject's programme always; a judge only while they may score the subject in
 * some round ({@link JudgeAccess}: published, assigned, not conflicted). Anyone else gets "not found", as for a
 * document that does not exist. In a blind round the judge receives a neutral file name (the original may name the
 * applicant).
 */
@ApplicationScoped
public class DocumentDownloads {

    @Inject
    DocumentQueries documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    JudgeAccess access;

    /** What a browser shows safely in the page itself: PDFs in a frame, pictures as pictures. */
    private static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg");

    public static boolean previewable(String contentType) {
        return contentType != null && PREVIEWABLE.contains(contentType);
    }

    /**
     * A document to show inside the scoring page: only to a judge who may score its subject now in some round
     * (published, assigned, not conflicted) and only for a PDF or a picture; managers and everyone else get "not
     * found" (they download). Named neutrally when any of those rounds is blind, as for a download.
     */
    @Transactional
    public FileStore.Download preview(long documentId) {
        UserAccount user = currentUser.require();
        DocumentQueries.Stored found = documents.describe(documentId).orElse(null);
        if (found == null || !previewable(found.contentType())) {
            throw DomainException.notFound();
        }
        String fileName = judgesFileName(user, documentId, found.subjectId(), found.fileName(), found.reference());
        return new FileStore.Download(fileName, found.contentType(), content(documentId));
    }

    /** The file name a judge receives, or "not found" unless they may score the subject now in some round. */
    private String judgesFileName(
            UserAccount user, long documentId, long subjectId, String fileName, String reference) {
        List<DocumentQueries.JudgeRound> rounds = documents.publishedRounds(subjectId, user.getId());
        List<DocumentQueries.JudgeRound> allowed = rounds.stream()
                .filter(r -> access.mayScore(r.roundId(), subjectId, user.getId()))
                .toList();
        if (allowed.isEmpty()) {
            throw DomainException.notFound();
        }
        if (allowed.stream().anyMatch(DocumentQueries.JudgeRound::blind)) {
            return reference + "-" + documentId + extension(fileName);
        }
        return fileName;
    }

    private byte[] content(long documentId) {
        return documents.content(documentId);
    }

    @Transactional
    public FileStore.Download open(long documentId) {
        UserAccount user = currentUser.require();
        DocumentQueries.Stored found = documents.describe(documentId).orElseThrow(DomainException::notFound);
        long subjectId = found.subjectId();
        String fileName = found.fileName();
        String contentType = found.contentType();
        String reference = found.reference();
        if (!managerAccess.mayManageSubject(user, subjectId)) {
            fileName = judgesFileName(user, documentId, subjectId, fileName, reference);
        }
        return new FileStore.Download(fileName, contentType, content(documentId));
    }

    /** The file's extension (".pdf"), kept only when it is short and plain. */
    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String extension = fileName.substring(dot).toLowerCase(Locale.ROOT);
        return extension.matches("\\.[a-z0-9]{1,8}") ? extension : "";
    }
}
