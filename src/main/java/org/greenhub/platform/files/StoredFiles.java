package org.greenhub.platform.files;

import java.util.List;
import java.util.Optional;
import org.greenhub.platform.files.domain.StoredFile;

/** The stored files as {@link FileStore} reads and writes them. */
public interface StoredFiles {

    void add(StoredFile file);

    /** Name, content type and content of a file. */
    Optional<FileStore.Download> download(long id);

    /** Name, kind, size and checksum of these files, in id order. */
    List<FileStore.FileSummary> summaries(List<Long> ids);

    void delete(long id);
}
