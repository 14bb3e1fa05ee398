package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A subject's document for download: the managers of the subject's programme always; a judge only while they may score the subject in
 * some round ({@link JudgeAccess}: published, assigned, not conflicted). Anyone else gets "not found", as for a
 * document that does not exist. In a blind round the judge receives a neutral file name (the original may name the
 * applicant).
 */
@ApplicationScoped
public class DocumentDownloads {

    @PersistenceContext
    EntityManager em;

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
        List<Object[]> found = em.createQuery("select d.subject.id, d.fileName, d.contentType, d.subject.reference "
                        + "from SubjectDocument d where d.id = :id", Object[].class)
                .setParameter("id", documentId).getResultList();
        if (found.isEmpty() || !previewable((String) found.get(0)[2])) {
            throw DomainException.notFound();
        }
        String fileName = judgesFileName(user, documentId, (Long) found.get(0)[0], (String) found.get(0)[1], (String) found.get(0)[3]);
        return new FileStore.Download(fileName, (String) found.get(0)[2], content(documentId));
    }

    /** The file name a judge receives, or "not found" unless they may score the subject now in some round. */
    private String judgesFileName(UserAccount user, long documentId, long subjectId, String fileName, String reference) {
        List<Object[]> rounds = em.createQuery("select a.round.id, a.round.blind from Assignment a where a.subject.id = :subject "
                        + "and a.judge.id = :judge and a.round.assignmentsPublished = true", Object[].class)
                .setParameter("subject", subjectId).setParameter("judge", user.getId()).getResultList();
        List<Object[]> allowed = rounds.stream().filter(r -> access.mayScore((Long) r[0], subjectId, user.getId())).toList();
        if (allowed.isEmpty()) {
            throw DomainException.notFound();
        }
        if (allowed.stream().anyMatch(r -> (Boolean) r[1])) {
            return reference + "-" + documentId + extension(fileName);
        }
        return fileName;
    }

    private byte[] content(long documentId) {
        return em.createQuery("select d.content from SubjectDocument d where d.id = :id", byte[].class)
                .setParameter("id", documentId).getSingleResult();
    }

    @Transactional
    public FileStore.Download open(long documentId) {
        UserAccount user = currentUser.require();
        List<Object[]> found = em.createQuery("select d.subject.id, d.fileName, d.contentType, d.subject.reference "
                        + "from SubjectDocument d where d.id = :id", Object[].class)
                .setParameter("id", documentId).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound();
        }
        long subjectId = (Long) found.get(0)[0];
        String fileName = (String) found.get(0)[1];
        String contentType = (String) found.get(0)[2];
        String reference = (String) found.get(0)[3];
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
