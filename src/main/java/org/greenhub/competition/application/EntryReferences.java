package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands out entry references: opaque codes that say nothing of the entry's database id. The code comes from the
 * database function {@code competition_entry_new_reference()} (migration V432), the one generator for the
 * application and for rows written in SQL; it draws until it finds a code no entry has, and a unique key backs it.
 */
@ApplicationScoped
public class EntryReferences {

    @jakarta.inject.Inject
    org.greenhub.competition.domain.EntryRepository entries;

    /** A code no entry has yet (joins the caller's transaction). */
    public String next() {
        return entries.newReference();
    }
}
