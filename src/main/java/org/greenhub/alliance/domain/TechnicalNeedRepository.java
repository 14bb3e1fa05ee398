package org.greenhub.alliance.domain;

import java.util.Optional;

/** The technical-needs board's needs and answers, as stored. */
public interface TechnicalNeedRepository {

    void add(TechnicalNeed need);

    Optional<TechnicalNeed> find(long id);

    void addAnswer(NeedAnswer answer);
}
