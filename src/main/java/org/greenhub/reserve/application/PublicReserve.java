package org.greenhub.reserve.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;

/**
 * The public reserve as the database answers it: listed projects only (status LISTED and valid on the day asked),
 * filtered and paged in the database. One statement for a page and one for its count, whatever the page's size: a
 * row carries its instruments and its owner's contact (which {@link ReserveListing} shows only to funders, and only
 * when the owner chose so).
 */
public interface PublicReserve {

    /** What a reader filters by; every part optional. {@code text} is matched word by word against the search key. */
    record Filter(
            String text,
            GreenCategory category,
            String zoneCode,
            ProjectStage stage,
            FinancingInstrument instrument,
            BigDecimal minAmountYuan,
            BigDecimal maxAmountYuan,
            Grade grade)
            implements Serializable {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null);
        }
    }

    /** Who to contact about a project: its organisation and the person named as its contact. */
    record Contact(String organisation, String website, String person, String email) implements Serializable {}

    record Row(
            long id,
            long organisationId,
            String title,
            String summary,
            GreenCategory category,
            String zoneCode,
            String location,
            ProjectStage stage,
            BigDecimal financingSoughtYuan,
            List<FinancingInstrument> instruments,
            Benefits expected,
            Grade grade,
            LocalDate listedUntil,
            boolean contactForFunders,
            Contact contact)
            implements Serializable {}

    /** A page of listed projects, best grade first, then the most recently listed. */
    List<Row> page(Filter filter, LocalDate today, int first, int size);

    long count(Filter filter, LocalDate today);

    /** The project if it is listed today; a draft, a project in review, returned, rejected or lapsed is empty. */
    Optional<Row> listed(long projectId, LocalDate today);

    /** The zone codes of the projects listed today, for the zone filter. */
    List<String> zoneCodes(LocalDate today);
}
