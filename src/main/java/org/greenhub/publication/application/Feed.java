package org.greenhub.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * The public record as a feed: provisional results published (with the end of the notice period), results become
 * final, awards revised or revoked after an upheld objection. Newest first, at most 100 items.
 */
@ApplicationScoped
public class Feed {

    public record Item(String id, Instant updated, String title, String summary, String link) {}

    @Inject
    PublicResults results;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    java.time.Clock clock;

    @Transactional
    public List<Item> items(Language language) {
        var locale = language.locale();
        String base = config.baseUrl().replaceAll("/+$", "");
        List<Item> items = new ArrayList<>();
        for (PublicResults.ResultView r : results.recentResults(50, language)) {
            String link = base + "/public/results.xhtml?competition=" + r.competitionId();
            items.add(new Item(
                    "urn:greenhub:result:" + r.resultId() + ":provisional",
                    r.publishedAt(),
                    messages.get(locale, "publication.feed.provisional", r.competitionName()),
                    messages.get(
                            locale,
                            "publication.feed.provisionalSummary",
                            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                            .format(r.noticeEndsAt().atZone(java.time.ZoneId.of(r.zone())))
                                    + " (" + r.zone() + ")"),
                    link));
            if (r.isFinal()) {
                Instant at = r.finalisedAt() != null ? r.finalisedAt() : r.noticeEndsAt();
                items.add(new Item(
                        "urn:greenhub:result:" + r.resultId() + ":final",
                        at,
                        messages.get(locale, "publication.feed.final", r.competitionName()),
                        messages.get(locale, "publication.feed.finalSummary"),
                        link));
            }
        }
        for (PublicResults.ChangeRow c : results.recentChanges(50)) {
            String tier = messages.get(locale, "award.tier." + c.fromTier().name());
            String title = c.toTier() == null
                    ? messages.get(locale, "publication.feed.revoked", c.awardee(), tier)
                    : messages.get(
                            locale,
                            "publication.feed.revised",
                            c.awardee(),
                            tier,
                            messages.get(locale, "award.tier." + c.toTier().name()));
            items.add(new Item(
                    "urn:greenhub:award-change:" + c.id(),
                    c.at(),
                    title,
                    c.reason(),
                    base + "/public/results.xhtml?competition=" + c.competitionId() + "#changes"));
        }
        // An entry dated after now (a notice period that has not ended) is not news yet, and would otherwise sit at
        // the top of the feed and push today's changes out of its hundred entries.
        Instant now = Instant.now(clock);
        items.removeIf(item -> item.updated() == null || item.updated().isAfter(now));
        items.sort(Comparator.comparing(Item::updated).reversed());
        return items.size() > 100 ? items.subList(0, 100) : items;
    }
}
