package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;
import org.greenhub.platform.text.TextRules;
import org.greenhub.reserve.application.MatchReads.Head;
import org.greenhub.reserve.application.MatchReads.Line;
import org.greenhub.reserve.application.MatchReads.Recipient;
import org.greenhub.reserve.domain.Match;
import org.greenhub.reserve.domain.MatchRepository;
import org.greenhub.reserve.domain.MatchSide;
import org.greenhub.reserve.domain.MatchStatus;

/**
 * Interest and matching: a funder marks interest in a listed project with a note; the project's owners accept or
 * decline contact; both sides write on the match's dated thread, and each step is mailed to the other side in the
 * reader's language. A match is seen only by its two sides: anyone else (another institution's funder included) gets
 * "not found", as does interest in a project that is not listed today.
 */
@ApplicationScoped
public class Matching {

    /** A match as one of its sides reads it; {@code ownerContact} is given to the funder once contact is accepted. */
    public record Thread(
            Head head,
            List<MatchReads.Message> messages,
            MatchSide reader,
            boolean mayAnswer,
            boolean mayWrite,
            PublicReserve.Contact ownerContact)
            implements Serializable {}

    /** A project's matches, for its owners. */
    public record ProjectMatches(long projectId, String title, List<Line> matches) implements Serializable {}

    @Inject
    FunderAccess funders;

    @Inject
    CurrentUser currentUser;

    @Inject
    PublicReserve reserve;

    @Inject
    MatchRepository matches;

    @Inject
    MatchReads reads;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The funder's institution marks interest; answers the new match's id. */
    @Transactional
    public long markInterest(long projectId, String note) {
        FunderAccess.Funder funder = funders.require();
        LocalDate today = LocalDate.now(clock);
        PublicReserve.Row project = reserve.listed(projectId, today).orElseThrow(DomainException::notFound);
        String text = TextRules.prose("note", note, 4000);
        if (matches.exists(projectId, funder.organisationId())) {
            throw DomainException.conflict("note", "reserve.match.alreadyInterested");
        }
        Instant now = Instant.now(clock);
        Match match = new Match(projectId, funder.organisationId(), funder.userId(), now);
        matches.add(match);
        matches.add(match.write(MatchSide.FUNDER, funder.userId(), text, now));
        Head head = reads.head(match.getId()).orElseThrow();
        audit.record("RESERVE_INTEREST_MARKED", "ReserveMatch", match.getId(), null, null, project.title());
        for (Recipient owner : reads.actingPeople(head.ownerOrganisationId(), today)) {
            mail(owner, "reserve.mail.interest", head.funderOrganisation(), project.title(), text, head.id());
        }
        return match.getId();
    }

    /** The owner's answer: contact accepted (the funder then reads the owner's contact) or declined. */
    @Transactional
    public void answer(long matchId, boolean accept) {
        UserAccount owner = currentUser.require();
        Head head = reads.head(matchId).orElseThrow(DomainException::notFound);
        if (sideOf(head, owner).orElse(null) != MatchSide.OWNER) {
            throw DomainException.notFound();
        }
        Match match = matches.find(matchId).orElseThrow(DomainException::notFound);
        match.answer(accept, owner.getId(), Instant.now(clock));
        audit.record(
                accept ? "RESERVE_CONTACT_ACCEPTED" : "RESERVE_CONTACT_DECLINED",
                "ReserveMatch",
                matchId,
                null,
                null,
                head.projectTitle());
        reads.person(head.funderUserId())
                .ifPresent(funder -> mail(
                        funder,
                        accept ? "reserve.mail.accepted" : "reserve.mail.declined",
                        head.ownerOrganisation(),
                        head.projectTitle(),
                        null,
                        matchId));
    }

    /** A message on the thread from either side; mailed to the other side. */
    @Transactional
    public void write(long matchId, String text) {
        UserAccount author = currentUser.require();
        Head head = reads.head(matchId).orElseThrow(DomainException::notFound);
        MatchSide side = sideOf(head, author).orElseThrow(DomainException::notFound);
        Match match = matches.find(matchId).orElseThrow(DomainException::notFound);
        Instant now = Instant.now(clock);
        matches.add(match.write(side, author.getId(), text, now));
        String body = text.strip();
        if (side == MatchSide.FUNDER) {
            for (Recipient owner : reads.actingPeople(head.ownerOrganisationId(), LocalDate.now(clock))) {
                mail(owner, "reserve.mail.message", head.funderOrganisation(), head.projectTitle(), body, matchId);
            }
        } else {
            reads.person(head.funderUserId())
                    .ifPresent(funder -> mail(
                            funder,
                            "reserve.mail.message",
                            head.ownerOrganisation(),
                            head.projectTitle(),
                            body,
                            matchId));
        }
    }

    /** The thread, for either side of the match. */
    @Transactional
    public Thread thread(long matchId) {
        UserAccount reader = currentUser.require();
        Head head = reads.head(matchId).orElseThrow(DomainException::notFound);
        MatchSide side = sideOf(head, reader).orElseThrow(DomainException::notFound);
        PublicReserve.Contact contact = side == MatchSide.FUNDER && head.status() == MatchStatus.ACCEPTED
                ? reserve.listed(head.projectId(), LocalDate.now(clock))
                        .map(PublicReserve.Row::contact)
                        .orElse(null)
                : null;
        return new Thread(
                head,
                reads.messages(matchId),
                side,
                side == MatchSide.OWNER && head.status() == MatchStatus.INTERESTED,
                head.status() != MatchStatus.DECLINED,
                contact);
    }

    /** The funder's institution's matches ("my matches"). */
    @Transactional
    public List<Line> myMatches() {
        return reads.ofFunder(funders.require().organisationId());
    }

    /** The interest a project received, for its owners; anyone else gets "not found". */
    @Transactional
    public ProjectMatches projectMatches(long projectId) {
        UserAccount owner = currentUser.require();
        long organisation = reads.projectOrganisation(projectId).orElseThrow(DomainException::notFound);
        if (!actsFor(owner, organisation)) {
            throw DomainException.notFound();
        }
        List<Line> lines = reads.ofProject(projectId);
        String title = reserve.listed(projectId, LocalDate.now(clock))
                .map(PublicReserve.Row::title)
                .orElseGet(() -> lines.isEmpty() ? "" : lines.get(0).projectTitle());
        return new ProjectMatches(projectId, title, lines);
    }

    /** Whether a funder's institution already marked interest in a project (the listed page offers it once). */
    @Transactional
    public Optional<Long> interestOfMyInstitution(long projectId) {
        return funders.current()
                .flatMap(funder -> reads.ofFunder(funder.organisationId()).stream()
                        .filter(line -> line.projectId() == projectId)
                        .map(Line::id)
                        .findFirst());
    }

    private Optional<MatchSide> sideOf(Head head, UserAccount user) {
        Optional<FunderAccess.Funder> funder = funders.current();
        if (funder.isPresent() && funder.get().organisationId() == head.funderOrganisationId()) {
            return Optional.of(MatchSide.FUNDER);
        }
        if (actsFor(user, head.ownerOrganisationId())) {
            return Optional.of(MatchSide.OWNER);
        }
        return Optional.empty();
    }

    private boolean actsFor(UserAccount user, long organisationId) {
        return reads.actingPeople(organisationId, LocalDate.now(clock)).stream()
                .anyMatch(person -> person.userId() == user.getId());
    }

    private void mail(Recipient to, String key, String otherSide, String project, String text, long matchId) {
        java.util.Locale locale = to.language().locale();
        String link = config.baseUrl() + "reserve/match.xhtml?id=" + matchId;
        mailer.queue(
                to.email(),
                messages.get(locale, key + ".subject", project),
                text == null
                        ? messages.get(locale, key + ".body", to.name(), otherSide, project, link)
                        : messages.get(locale, key + ".body", to.name(), otherSide, project, text, link));
    }
}
