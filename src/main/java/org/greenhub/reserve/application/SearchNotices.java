package org.greenhub.reserve.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.platform.i18n.Language;

/** Which saved searches a newly listed project matches, each claimed once so that its funder is mailed once. */
public interface SearchNotices {

    /** A saved search to mail about a project: the search's name and its funder. */
    record Notice(long searchId, String searchName, String email, String name, Language language)
            implements Serializable {}

    /**
     * The saved searches of current funders that the listed project matches and that were not told of it yet, each
     * marked as told at {@code now} (a second call, on this node or another, finds none of them again).
     */
    List<Notice> claim(long projectId, Instant now);
}
