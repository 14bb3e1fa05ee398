package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryAttachment;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.SubjectDocument;
import org.greenhub.evaluation.domain.SubjectRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;
import org.greenhub.platform.i18n.Messages;

/**
 * An entry's attachments: PDF, PPTX, XLSX, PNG or JPEG, checked by content (not by name), at most 20 MB each
 * ({@code UploadLimits.MAX_BYTES}), names without path parts or control characters; all of that is
 * {@link FileStore}'s inspection. Only people acting for the entry's organisation add or remove them, and only
 * while the entry is editable; anyone who may read the entry downloads them. Judges read the copies registered with
 * the evaluation subject instead, through their assignment. A refused upload stores nothing.
 */
@ApplicationScoped
public class EntryAttachments {

    public static final int MAX_PER_ENTRY = 30;

    /** A file as listed on the entry page. */
    public record AttachmentView(long id, AttachmentKind kind, String fileName, long sizeBytes, Instant uploadedAt)
            implements Serializable {}

    @Inject
    EntryRepository entries;

    @Inject
    SubjectRepository subjects;

    @Inject
    CompetitionAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Transactional
    public AttachmentView upload(long entryId, AttachmentKind kind, String fileName, byte[] content) {
        Entry entry = access.ownEntry(entryId);
        if (!entry.getStatus().isEditableByApplicant()) {
            throw DomainException.conflict(null, "competition.entry.notEditable");
        }
        if (kind == null) {
            throw DomainException.invalid("kind", "platform.validation.required");
        }
        if (count(entry) >= MAX_PER_ENTRY) {
            throw DomainException.conflict("upload", "competition.attachment.tooMany", MAX_PER_ENTRY);
        }
        StoredFile file = files.store(fileName, content);
        UserAccount user = currentUser.require();
        EntryAttachment attachment = new EntryAttachment(entry, file.getId(), kind, user.getId(), Instant.now(clock));
        entries.addAttachment(attachment);
        audit.record(
                "ENTRY_ATTACHMENT_ADDED",
                "CompetitionEntry",
                entryId,
                null,
                Map.of(
                        "kind",
                        kind,
                        "file",
                        file.getFileName(),
                        "sha256",
                        file.getSha256(),
                        "bytes",
                        file.getSizeBytes()),
                null);
        return new AttachmentView(
                attachment.getId(), kind, file.getFileName(), file.getSizeBytes(), attachment.getUploadedAt());
    }

    @Transactional
    public void remove(long attachmentId) {
        EntryAttachment attachment = entries.findAttachment(attachmentId).orElse(null);
        if (attachment == null) {
            throw DomainException.notFound();
        }
        Entry entry = access.ownEntry(attachment.getEntry().getId());
        if (!entry.getStatus().isEditableByApplicant()) {
            throw DomainException.conflict(null, "competition.entry.notEditable");
        }
        long fileId = attachment.getStoredFileId();
        entries.removeAttachmentNow(attachment);
        files.delete(fileId);
        audit.record(
                "ENTRY_ATTACHMENT_REMOVED",
                "CompetitionEntry",
                entry.getId(),
                Map.of("kind", attachment.getKind(), "file", fileId),
                null,
                null);
    }

    @Transactional
    public List<AttachmentView> list(long entryId) {
        Entry entry = access.readableEntry(entryId);
        List<EntryAttachment> links = links(entry);
        Map<Long, FileStore.FileSummary> summaries =
                files
                        .summaries(links.stream()
                                .map(EntryAttachment::getStoredFileId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(FileStore.FileSummary::id, s -> s));
        return links.stream()
                .map(a -> {
                    FileStore.FileSummary s = summaries.get(a.getStoredFileId());
                    return new AttachmentView(a.getId(), a.getKind(), s.fileName(), s.sizeBytes(), a.getUploadedAt());
                })
                .toList();
    }

    /** The file, for anyone who may read the entry (its organisation's people and its edition's managers). */
    @Transactional
    public FileStore.Download download(long attachmentId) {
        EntryAttachment attachment = entries.findAttachment(attachmentId).orElse(null);
        if (attachment == null) {
            throw DomainException.notFound();
        }
        access.readableEntry(attachment.getEntry().getId());
        return files.open(attachment.getStoredFileId());
    }

    /** The edition's required kinds that the entry has no attachment of yet. */
    public Set<AttachmentKind> missingKinds(Entry entry) {
        Set<AttachmentKind> missing = EnumSet.noneOf(AttachmentKind.class);
        missing.addAll(entry.getCompetition().getRequiredAttachments());
        links(entry).forEach(a -> missing.remove(a.getKind()));
        return missing;
    }

    /** Copies the entry's attachments to its evaluation subject as documents judges read (joins the caller's transaction). */
    public int registerWithSubject(Entry entry, EvaluationSubject subject) {
        int registered = 0;
        Instant now = Instant.now(clock);
        for (EntryAttachment attachment : links(entry)) {
            if (attachment.getSubjectDocumentId() != null) {
                continue;
            }
            FileStore.Download file = files.open(attachment.getStoredFileId());
            SubjectDocument document = new SubjectDocument(
                    subject,
                    messages.get(Locale.ENGLISH, attachment.getKind().messageKey()),
                    file.fileName(),
                    file.contentType(),
                    file.content(),
                    now);
            subjects.addDocumentNow(document);
            attachment.registeredAs(document.getId());
            registered++;
        }
        return registered;
    }

    private List<EntryAttachment> links(Entry entry) {
        return entries.attachments(entry);
    }

    private long count(Entry entry) {
        return entries.attachmentCount(entry);
    }
}
