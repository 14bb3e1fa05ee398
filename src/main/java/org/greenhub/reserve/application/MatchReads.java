package org.greenhub.reserve.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.MatchSide;
import org.greenhub.reserve.domain.MatchStatus;

/** What the match pages and mails read: threads, lists per side, and who the project's owners are. */
public interface MatchReads {

    /** A match with the names both sides read. */
    record Head(
            long id,
            long projectId,
            String projectTitle,
            long ownerOrganisationId,
            String ownerOrganisation,
            long funderOrganisationId,
            String funderOrganisation,
            long funderUserId,
            MatchStatus status,
            Instant createdAt,
            Instant answeredAt)
            implements Serializable {}

    record Message(MatchSide side, String author, String body, Instant at) implements Serializable {}

    /** A line of a list of matches: the project, the other side, where it stands, the last message's time. */
    record Line(
            long id,
            long projectId,
            String projectTitle,
            String funderOrganisation,
            MatchStatus status,
            Instant createdAt,
            Instant lastMessageAt)
            implements Serializable {}

    /** A person to mail: address, name and language. */
    record Recipient(long userId, String email, String name, Language language) implements Serializable {}

    Optional<Head> head(long matchId);

    /** The thread, oldest first. */
    List<Message> messages(long matchId);

    /** An institution's matches, newest first. */
    List<Line> ofFunder(long funderOrganisationId);

    /** A project's matches, newest first. */
    List<Line> ofProject(long projectId);

    /** The people acting for an organisation today (advisers and shareholders excepted). */
    List<Recipient> actingPeople(long organisationId, LocalDate today);

    Optional<Recipient> person(long userId);

    /** The owning organisation of a project, whatever its status. */
    Optional<Long> projectOrganisation(long projectId);
}
