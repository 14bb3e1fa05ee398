package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.PublicReserve.Contact;
import org.greenhub.reserve.application.PublicReserve.Filter;
import org.greenhub.reserve.application.PublicReserve.Row;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.zone.application.ZoneCodes;

/**
 * The public reserve, for anybody (no sign-in): listed projects with their zone named in the reader's language. The
 * owner's contact is given only to a funder, and only when the owner chose to show it to funders; anything not
 * listed today is "not found", so a direct link to a draft tells nothing.
 */
@ApplicationScoped
public class ReserveListing {

    /** The largest page the API gives (a page of the site shows at most 50). */
    public static final int MAX_PAGE_SIZE = 100;

    /** A listed project as the public reads it; {@code contact} is null unless the reader may see it. */
    @Schema(
            description =
                    "A project listed in the public reserve: what it is, where, what it seeks, its expected benefits, its screening grade and until when it is listed; `contact` only for funders, when the owner allows it.")
    public record Listed(
            long id,
            String title,
            String summary,
            GreenCategory category,
            String zoneCode,
            String zoneName,
            String location,
            ProjectStage stage,
            BigDecimal financingSoughtYuan,
            List<FinancingInstrument> instruments,
            Benefits expected,
            Grade grade,
            LocalDate listedUntil,
            Contact contact)
            implements Serializable {}

    /** A zone the filter offers: its code and its name in the reader's language. */
    public record ZoneChoice(String code, String name) implements Serializable {}

    /** One page for the API: the total, the page asked and its projects. */
    @Schema(
            description =
                    "A page of the public reserve: how many projects match, the page (from 0), its size and its projects.")
    public record Page(long total, int page, int size, List<Listed> projects) implements Serializable {}

    @Inject
    PublicReserve reserve;

    /** The zone feature's published names of its zones (the reserve keeps a zone as its code). */
    @Inject
    ZoneCodes zoneCodes;

    @Inject
    FunderAccess funders;

    @Inject
    Clock clock;

    @Transactional
    public List<Listed> page(Filter filter, Language language, int first, int size) {
        LocalDate today = LocalDate.now(clock);
        boolean funder = funders.current().isPresent();
        Map<String, String> names = zoneNames(language);
        return reserve.page(checked(filter), today, first, size).stream()
                .map(row -> listed(row, names, funder))
                .toList();
    }

    @Transactional
    public long count(Filter filter) {
        return reserve.count(checked(filter), LocalDate.now(clock));
    }

    /** A page for {@code GET /api/reserve/projects}: {@code page} counts from 0. */
    @Transactional
    public Page search(Filter filter, Language language, int page, int size) {
        if (page < 0) {
            throw DomainException.invalid("page", "reserve.public.badPage");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("size", "reserve.public.badSize", MAX_PAGE_SIZE);
        }
        long total = count(filter);
        List<Listed> projects = (long) page * size >= total ? List.of() : page(filter, language, page * size, size);
        return new Page(total, page, size, projects);
    }

    /** A listed project; anything else answers "not found". */
    @Transactional
    public Listed project(long projectId, Language language) {
        Row row = reserve.listed(projectId, LocalDate.now(clock)).orElseThrow(DomainException::notFound);
        return listed(row, zoneNames(language), funders.current().isPresent());
    }

    /** The zones of today's listed projects, by name. */
    @Transactional
    public List<ZoneChoice> zones(Language language) {
        Map<String, String> names = zoneNames(language);
        return reserve.zoneCodes(LocalDate.now(clock)).stream()
                .map(code -> new ZoneChoice(code, names.getOrDefault(code.toUpperCase(Locale.ROOT), code)))
                .sorted(Comparator.comparing(ZoneChoice::name))
                .toList();
    }

    /**
     * Reads the API's query parameters (codes as the API documents them, amounts in yuan); a value that is not one
     * of them is refused naming the parameter.
     */
    public static Filter filter(
            String text,
            String category,
            String zone,
            String stage,
            String instrument,
            String minAmount,
            String maxAmount,
            String grade) {
        return checked(new Filter(
                text,
                code("category", category, GreenCategory.class),
                zone == null || zone.isBlank() ? null : zone.strip(),
                code("stage", stage, ProjectStage.class),
                code("instrument", instrument, FinancingInstrument.class),
                amount("minAmount", minAmount),
                amount("maxAmount", maxAmount),
                code("grade", grade, Grade.class)));
    }

    private static Filter checked(Filter filter) {
        if (filter.text() != null && filter.text().length() > 200) {
            throw DomainException.invalid("q", "reserve.public.searchTooLong", 200);
        }
        if (filter.minAmountYuan() != null && filter.minAmountYuan().signum() < 0) {
            throw DomainException.invalid("minAmount", "reserve.public.badAmount");
        }
        if (filter.maxAmountYuan() != null && filter.maxAmountYuan().signum() < 0) {
            throw DomainException.invalid("maxAmount", "reserve.public.badAmount");
        }
        if (filter.minAmountYuan() != null
                && filter.maxAmountYuan() != null
                && filter.minAmountYuan().compareTo(filter.maxAmountYuan()) > 0) {
            throw DomainException.invalid("maxAmount", "reserve.public.amountRange");
        }
        return filter;
    }

    private static <E extends Enum<E>> E code(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(parameter, "reserve.public.unknownCode", value.strip());
        }
    }

    private static BigDecimal amount(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(parameter, "reserve.public.badAmount");
        }
    }

    private Map<String, String> zoneNames(Language language) {
        return zoneCodes.namesByCode(language);
    }

    private static Listed listed(Row row, Map<String, String> zoneNames, boolean funder) {
        String zoneName = row.zoneCode() == null
                ? null
                : zoneNames.getOrDefault(row.zoneCode().toUpperCase(Locale.ROOT), row.zoneCode());
        return new Listed(
                row.id(),
                row.title(),
                row.summary(),
                row.category(),
                row.zoneCode(),
                zoneName,
                row.location(),
                row.stage(),
                row.financingSoughtYuan(),
                row.instruments(),
                row.expected(),
                row.grade(),
                row.listedUntil(),
                funder && row.contactForFunders() ? row.contact() : null);
    }
}
