package org.greenhub.platform.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.UploadLimits;

/**
 * The one file of an API upload sent as {@code multipart/form-data} (an HTML form, {@code curl -F file=@plan.pdf}):
 * its name is the part's file name and its content the part's bytes. The checks of the content (type, size, name)
 * stay with the use case's {@code FileStore}, as for a file sent as the raw body; this only finds the file.
 *
 * <p>A file part is one that carries a file name, or one named {@value #PART}. Other text fields of the form (a
 * submit button's value, say) are left alone. No file part, or more than one, is a 400 naming {@value #PART}; a file
 * part without a file name is a 422, since the stored file would have no name to show.
 */
public record UploadedFile(String name, byte[] content) {

    /** The form field a file is expected in. */
    public static final String PART = "file";

    /** The only file part of the form. */
    public static UploadedFile single(List<EntityPart> parts) {
        List<EntityPart> files = parts == null
                ? List.of()
                : parts.stream()
                        .filter(part -> PART.equals(part.getName())
                                || part.getFileName()
                                        .filter(name -> !name.isBlank())
                                        .isPresent())
                        .toList();
        if (files.isEmpty()) {
            throw DomainException.badRequest(PART, "platform.api.upload.missing");
        }
        if (files.size() > 1) {
            throw DomainException.badRequest(PART, "platform.api.upload.tooMany", files.size());
        }
        EntityPart file = files.get(0);
        String name = file.getFileName().map(String::strip).orElse("");
        if (name.isEmpty()) {
            throw DomainException.invalid(PART, "platform.api.upload.unnamed");
        }
        return new UploadedFile(name, read(file));
    }

    /**
     * The part's bytes, at most one past the upload limit: enough for the file checks to refuse a file that is too
     * large with their own message, without holding more of it in memory.
     */
    private static byte[] read(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(UploadLimits.MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
