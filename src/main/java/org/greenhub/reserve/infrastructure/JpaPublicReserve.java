package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.reserve.application.PublicReserve;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;

@ApplicationScoped
public class JpaPublicReserve implements PublicReserve {

    /** Listed and valid today: the lapse job may not have run yet on the day a listing ends. */
    private static final String LISTED = "p.status = 'LISTED' and p.listed_from <= :today"
            + " and (p.listed_until is null or p.listed_until >= :today)";

    /**
     * A row with its instruments (aggregated, so a page is one statement) and its contact: the organisation, and the
     * first of its current people named as contact, else as legal representative, founder or manager.
     */
    private static final String COLUMNS = "select p.id, p.organisation_id, p.title, p.summary, p.category,"
            + " p.zone_code, p.location, p.stage, p.financing_sought_yuan,"
            + " (select string_agg(i.instrument, ',' order by i.instrument) from reserve_project_instrument i"
            + " where i.project_id = p.id),"
            + " p.expected_energy_saved_tce, p.expected_co2_avoided_t, p.expected_water_saved_m3,"
            + " p.expected_waste_recycled_t, p.grade, p.listed_until, p.contact_for_funders, o.legal_name, o.website,"
            + " c.display_name, c.email"
            + " from reserve_project p join organisation o on o.id = p.organisation_id"
            + " left join lateral (select u.display_name, u.email from affiliation a join user_account u on u.id ="
            + " a.user_id where a.organisation_id = p.organisation_id and a.valid_from <= :today"
            + " and (a.valid_to is null or a.valid_to >= :today)"
            + " and a.role in ('CONTACT', 'LEGAL_REPRESENTATIVE', 'FOUNDER', 'MANAGER')"
            + " order by case a.role when 'CONTACT' then 0 when 'LEGAL_REPRESENTATIVE' then 1 when 'FOUNDER' then 2"
            + " else 3 end, a.id limit 1) c on true";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Row> page(Filter filter, LocalDate today, int first, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, today, parameters);
        Query query = em.createNativeQuery(
                COLUMNS + where + " order by p.grade, p.listed_from desc, p.id desc offset :first limit :size");
        parameters.forEach(query::setParameter);
        query.setParameter("first", first).setParameter("size", size);
        return rows(query.getResultList());
    }

    @Override
    public long count(Filter filter, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query query = em.createNativeQuery("select count(*) from reserve_project p" + where(filter, today, parameters));
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public Optional<Row> listed(long projectId, LocalDate today) {
        Query query = em.createNativeQuery(COLUMNS + " where " + LISTED + " and p.id = :id");
        query.setParameter("today", today).setParameter("id", projectId);
        return rows(query.getResultList()).stream().findFirst();
    }

    @Override
    public List<String> zoneCodes(LocalDate today) {
        return em
                .createNativeQuery("select distinct p.zone_code from reserve_project p where " + LISTED
                        + " and p.zone_code is not null order by p.zone_code")
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList();
    }

    private static String where(Filter filter, LocalDate today, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where ").append(LISTED);
        parameters.put("today", today);
        List<String> words = SearchKey.words(filter.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and p.search_key like :w").append(i).append(" escape '\\'");
            parameters.put("w" + i, SearchKey.likeContains(words.get(i)));
        }
        if (filter.category() != null) {
            where.append(" and p.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.zoneCode() != null) {
            where.append(" and upper(p.zone_code) = upper(:zone)");
            parameters.put("zone", filter.zoneCode());
        }
        if (filter.stage() != null) {
            where.append(" and p.stage = :stage");
            parameters.put("stage", filter.stage().name());
        }
        if (filter.instrument() != null) {
            where.append(" and exists (select 1 from reserve_project_instrument fi where fi.project_id = p.id"
                    + " and fi.instrument = :instrument)");
            parameters.put("instrument", filter.instrument().name());
        }
        if (filter.minAmountYuan() != null) {
            where.append(" and p.financing_sought_yuan >= :min");
            parameters.put("min", filter.minAmountYuan());
        }
        if (filter.maxAmountYuan() != null) {
            where.append(" and p.financing_sought_yuan <= :max");
            parameters.put("max", filter.maxAmountYuan());
        }
        if (filter.grade() != null) {
            where.append(" and p.grade = :grade");
            parameters.put("grade", filter.grade().name());
        }
        return where.toString();
    }

    private static List<Row> rows(List<?> result) {
        List<Row> rows = new ArrayList<>(result.size());
        for (Object item : result) {
            Object[] r = (Object[]) item;
            String instruments = (String) r[9];
            rows.add(new Row(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    GreenCategory.valueOf((String) r[4]),
                    (String) r[5],
                    (String) r[6],
                    ProjectStage.valueOf((String) r[7]),
                    (BigDecimal) r[8],
                    instruments == null
                            ? List.of()
                            : Arrays.stream(instruments.split(","))
                                    .map(FinancingInstrument::valueOf)
                                    .toList(),
                    new Benefits((BigDecimal) r[10], (BigDecimal) r[11], (BigDecimal) r[12], (BigDecimal) r[13]),
                    // a varchar(1) comes back as a Character
                    Grade.valueOf(String.valueOf(r[14])),
                    r[15] == null ? null : date(r[15]),
                    (Boolean) r[16],
                    new Contact((String) r[17], (String) r[18], (String) r[19], (String) r[20])));
        }
        return rows;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
