package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.UploadLimits;
import org.junit.jupiter.api.Test;

/** Which part of a form is the uploaded file, and the refusals a script sees when there is none, two or no name. */
class UploadedFileTest {

    /** A form part as the REST runtime hands it over. */
    private record Part(String name, String fileName, byte[] content) implements EntityPart {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Optional<String> getFileName() {
            return Optional.ofNullable(fileName);
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public <T> T getContent(Class<T> type) {
            throw new UnsupportedOperationException("the upload reads the stream");
        }

        @Override
        public <T> T getContent(GenericType<T> type) {
            throw new UnsupportedOperationException("the upload reads the stream");
        }

        @Override
        public MultivaluedMap<String, String> getHeaders() {
            return new MultivaluedHashMap<>();
        }

        @Override
        public MediaType getMediaType() {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    private static final byte[] PDF = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);

    private static DomainException refused(EntityPart... parts) {
        return assertThrows(DomainException.class, () -> UploadedFile.single(List.of(parts)));
    }

    @Test
    void theFilePartGivesItsFileNameAndBytesAndPlainFieldsAreLeftAlone() {
        UploadedFile file = UploadedFile.single(List.of(
                new Part("submit", null, "Send".getBytes(StandardCharsets.UTF_8)),
                new Part("file", " plan.pdf ", PDF)));
        assertEquals("plan.pdf", file.name());
        assertArrayEquals(PDF, file.content());
        assertEquals(
                "deck.pdf",
                UploadedFile.single(List.of(new Part("attachment", "deck.pdf", PDF)))
                        .name(),
                "a part with a file name is the file, whatever its field is called");
    }

    @Test
    void noFileTwoFilesOrAnUnnamedFileAreRefusedNamingTheFilePart() {
        DomainException none = refused(new Part("note", null, PDF));
        assertEquals(DomainException.Kind.BAD_REQUEST, none.kind());
        assertEquals("platform.api.upload.missing", none.messageKey());
        assertEquals("file", none.field());
        assertEquals(
                "platform.api.upload.missing",
                assertThrows(DomainException.class, () -> UploadedFile.single(null))
                        .messageKey());

        DomainException two = refused(new Part("file", "a.pdf", PDF), new Part("more", "b.pdf", PDF));
        assertEquals(DomainException.Kind.BAD_REQUEST, two.kind());
        assertEquals("platform.api.upload.tooMany", two.messageKey());

        DomainException unnamed = refused(new Part("file", "  ", PDF));
        assertEquals(DomainException.Kind.INVALID, unnamed.kind());
        assertEquals("platform.api.upload.unnamed", unnamed.messageKey());
        assertEquals("file", unnamed.field());
    }

    @Test
    void aFileFarTooLargeIsReadOnlyFarEnoughForTheSizeCheckToRefuseIt() {
        byte[] large = new byte[UploadLimits.MAX_BYTES + 4096];
        assertEquals(
                UploadLimits.MAX_BYTES + 1,
                UploadedFile.single(List.of(new Part("file", "big.pdf", large))).content().length);
    }
}
