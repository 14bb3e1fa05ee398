package org.greenhub.reserve.domain;

import java.util.List;

/** The evidence files of the reserve's projects. */
public interface ProjectDocumentRepository {

    /** A project's files, in the order of {@link EvidenceKind}. */
    List<ProjectDocument> of(long projectId);

    /** Stores a new file row and gives it its id. */
    void add(ProjectDocument document);

    void remove(ProjectDocument document);
}
