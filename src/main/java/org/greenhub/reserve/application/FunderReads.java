package org.greenhub.reserve.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenhub.organisation.domain.InstitutionType;

/** What the funders' pages and checks read: the financial institutions and who acts for a verified one. */
public interface FunderReads {

    /** A financial institution as the administrators' list shows it; {@code verifiedAt} null while not verified. */
    record InstitutionRow(long id, String name, InstitutionType type, Instant verifiedAt, long currentPeople)
            implements Serializable {}

    /** Every organisation of the kind financial institution, by name. */
    List<InstitutionRow> institutions(LocalDate today);

    /** The verified institution this person is currently affiliated with (the lowest id if several), if any. */
    Optional<Long> verifiedInstitutionOf(long userId, LocalDate today);
}
