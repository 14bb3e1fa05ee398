package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.reserve.domain.SavedSearch;
import org.greenhub.reserve.domain.SavedSearchRepository;

/** A funder's saved searches: save, list, delete; another person's search is "not found". */
@ApplicationScoped
public class SavedSearches {

    /** A saved search as the funder's page lists it. */
    public record Row(long id, String name, SavedSearch.Criteria criteria, Instant savedAt) implements Serializable {}

    @Inject
    FunderAccess funders;

    @Inject
    SavedSearchRepository searches;

    @Inject
    Clock clock;

    @Transactional
    public long save(String name, SavedSearch.Criteria criteria) {
        FunderAccess.Funder funder = funders.require();
        if (criteria == null) {
            throw DomainException.invalid("category", "reserve.search.criterionRequired");
        }
        SavedSearch search =
                new SavedSearch(funder.userId(), funder.organisationId(), name, criteria, Instant.now(clock));
        searches.add(search);
        return search.getId();
    }

    @Transactional
    public List<Row> mine() {
        FunderAccess.Funder funder = funders.require();
        return searches.ofUser(funder.userId()).stream()
                .map(s -> new Row(s.getId(), s.getName(), s.criteria(), s.getCreatedAt()))
                .toList();
    }

    @Transactional
    public void delete(long id) {
        FunderAccess.Funder funder = funders.require();
        SavedSearch search = searches.find(id)
                .filter(s -> s.getFunderUserId() == funder.userId())
                .orElseThrow(DomainException::notFound);
        searches.remove(search);
    }
}
