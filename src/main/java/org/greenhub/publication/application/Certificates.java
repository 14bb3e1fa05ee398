package org.greenhub.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.competition.domain.Competition;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.publication.domain.CertificateText;

/**
 * Certificates of final, standing awards, in the awardee's language (the language of the account that entered) unless
 * another is asked for, with the verification code that opens the public result. Anyone may download one: the
 * awards are public once final.
 */
@ApplicationScoped
public class Certificates {

    public record Certificate(String fileName, byte[] pdf) {}

    private final CertificateRenderer renderer = new CertificateRenderer();

    @Inject
    PublicationQueries queries;

    @Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

    @Inject
    PublicResults results;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Transactional
    public Certificate certificate(String code, String languageTag) {
        PublicResults.VerifiedAward verified =
                results.verify(code, Language.ENGLISH).orElseThrow(DomainException::notFound);
        if (!verified.result().isFinal()) {
            throw DomainException.conflict(null, "publication.certificate.notFinal");
        }
        if (!verified.award().stands()) {
            throw DomainException.conflict(null, "publication.certificate.revoked");
        }
        Language language = Language.fromTag(languageTag)
                .orElseGet(() -> awardeeLanguage(verified.award().id()));
        Competition competition =
                competitions.find(verified.result().competitionId()).orElse(null);
        var a = verified.award();
        var locale = language.locale();
        String competitionLine = String.join(
                " · ",
                List.of(
                        competition.text(language).getName(),
                        messages.get(locale, "award.group." + a.group().name()),
                        messages.get(locale, "green.focus." + a.track())));
        Instant date = Optional.ofNullable(verified.result().finalisedAt())
                .orElse(verified.result().noticeEndsAt());
        ZoneId zone = ZoneId.of(competition.getTimeZone());
        String url = config.baseUrl().replaceAll("/+$", "") + "/public/verify.xhtml?code="
                + URLEncoder.encode(a.verificationCode(), StandardCharsets.UTF_8);
        CertificateText text = new CertificateText(
                language.tag(),
                messages.get(locale, "publication.certificate.heading"),
                messages.get(locale, "publication.certificate.preamble"),
                a.awardee(),
                a.title(),
                messages.get(
                        locale,
                        "publication.certificate.awardLine",
                        messages.get(locale, "award.tier." + a.tier().name())),
                competitionLine,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date.atZone(zone)),
                competition.getOrganiser().getLegalName(),
                messages.get(locale, "publication.certificate.verify", url),
                a.verificationCode());
        return new Certificate(
                "certificate-" + a.verificationCode() + "-" + language.tag() + ".pdf", renderer.render(text));
    }

    private Language awardeeLanguage(long awardId) {
        return queries.entrantOfAward(awardId).map(UserAccount::getLanguage).orElse(Language.ENGLISH);
    }
}
