package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.greenhub.organisation.application.ZoneOrganisations;
import org.greenhub.zone.application.DeclarationQueries;
import org.greenhub.zone.domain.AcceptedFigures;
import org.greenhub.zone.domain.AcceptedSums;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationEvidence;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.DeclarationShares;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.accounting.CarbonAccounting;
import org.greenhub.zone.domain.accounting.Carrier;

@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository, DeclarationQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    ZoneOrganisations organisations;

    @Override
    public Optional<Declaration> find(long id) {
        return Optional.ofNullable(em.find(Declaration.class, id));
    }

    @Override
    public Optional<Declaration> latest(long zoneId, long organisationId, int year) {
        List<Declaration> versions = em.createQuery(
                        "select d from Declaration d where d.zoneId = :zone and d.organisationId = :organisation "
                                + "and d.year = :year order by d.number desc",
                        Declaration.class)
                .setParameter("zone", zoneId)
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .setMaxResults(1)
                .getResultList();
        return versions.stream().findFirst();
    }

    @Override
    public List<Declaration> versions(long zoneId, long organisationId, int year) {
        return em.createQuery(
                        "select d from Declaration d where d.zoneId = :zone and d.organisationId = :organisation "
                                + "and d.year = :year order by d.number",
                        Declaration.class)
                .setParameter("zone", zoneId)
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<AcceptedFigures> acceptedUpTo(long zoneId, int lastYear) {
        // values, not entities; "no newer accepted version" rather than a max(number) per row, which PostgreSQL runs
        // once for every row (110,000 times for a large zone) where the anti-join reads the versions once
        return em.createQuery(
                        "select new org.greenhub.zone.domain.AcceptedFigures(d.organisationId, d.year, d.figures) "
                                + "from Declaration d where d.zoneId = :zone and d.year <= :year "
                                + "and d.status = :accepted and not exists (select 1 from Declaration n "
                                + "where n.zoneId = d.zoneId and n.organisationId = d.organisationId "
                                + "and n.year = d.year and n.status = :accepted and n.number > d.number) "
                                + "order by d.organisationId, d.year",
                        AcceptedFigures.class)
                .setParameter("zone", zoneId)
                .setParameter("year", lastYear)
                .setParameter("accepted", DeclarationStatus.ACCEPTED)
                .getResultList();
    }

    @Override
    public List<AcceptedFigures> acceptedIn(long zoneId, int year) {
        return em.createQuery(
                        "select new org.greenhub.zone.domain.AcceptedFigures(d.organisationId, d.year, d.figures) "
                                + "from Declaration d where d.zoneId = :zone and d.year = :year "
                                + "and d.status = :accepted and not exists (select 1 from Declaration n "
                                + "where n.zoneId = d.zoneId and n.organisationId = d.organisationId "
                                + "and n.year = d.year and n.status = :accepted and n.number > d.number) "
                                + "order by d.organisationId",
                        AcceptedFigures.class)
                .setParameter("zone", zoneId)
                .setParameter("year", year)
                .setParameter("accepted", DeclarationStatus.ACCEPTED)
                .getResultList();
    }

    @Override
    public List<AcceptedSums> acceptedSums(Collection<Long> zoneIds, Collection<Integer> years) {
        if (zoneIds.isEmpty() || years.isEmpty()) {
            return List.of();
        }
        Set<Integer> read = new TreeSet<>(years);
        years.forEach(year -> read.add(year - 1)); // the comparable set's year before
        // PostgreSQL sums numeric exactly, so the zone's figures computed from these sums are the calculator's; one
        // row per zone-year instead of one per enterprise-year (100,000 for a large zone over ten years)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with a as (select d.zone_id, d.organisation_id, d.year,"
                        + " d.value_added va, d.electricity_mwh el, d.green_electricity_mwh gr, d.raw_coal_t co,"
                        + " d.natural_gas_m3 ng, d.diesel_t di, d.gasoline_t ga, d.heat_gj he"
                        + " from zone_declaration d"
                        + " where d.zone_id in (:zones) and d.year in (:read) and d.status = 'ACCEPTED'"
                        + " and not exists (select 1 from zone_declaration n"
                        + " where n.zone_id = d.zone_id and n.organisation_id = d.organisation_id"
                        + " and n.year = d.year and n.status = 'ACCEPTED' and n.number > d.number))"
                        + " select a.zone_id, a.year, least(min(a.va), min(p.va)),"
                        + " count(*), sum(a.va), sum(a.el), sum(a.gr), sum(a.co), sum(a.ng), sum(a.di), sum(a.ga),"
                        + " sum(a.he),"
                        + " count(p.year), sum(a.va) filter (where p.year is not null),"
                        + " sum(a.el) filter (where p.year is not null), sum(a.gr) filter (where p.year is not null),"
                        + " sum(a.co) filter (where p.year is not null), sum(a.ng) filter (where p.year is not null),"
                        + " sum(a.di) filter (where p.year is not null), sum(a.ga) filter (where p.year is not null),"
                        + " sum(a.he) filter (where p.year is not null),"
                        + " count(p.year), sum(p.va), sum(p.el), sum(p.gr), sum(p.co), sum(p.ng), sum(p.di),"
                        + " sum(p.ga), sum(p.he)"
                        + " from a left join a p on p.zone_id = a.zone_id and p.organisation_id = a.organisation_id"
                        + " and p.year = a.year - 1"
                        + " where a.year in (:years)"
                        + " group by a.zone_id, a.year order by a.zone_id, a.year")
                .setParameter("zones", zoneIds)
                .setParameter("read", read)
                .setParameter("years", years)
                .getResultList();
        return rows.stream()
                .map(r -> new AcceptedSums(
                        ((Number) r[0]).longValue(),
                        new CarbonAccounting.YearSums(((Number) r[1]).intValue(), sums(r, 3), sums(r, 12), sums(r, 21)),
                        decimal(r[2])))
                .toList();
    }

    /** Count, value added and the seven carriers from column {@code from}; a carrier nobody declared is left out. */
    private static CarbonAccounting.Sums sums(Object[] row, int from) {
        long count = ((Number) row[from]).longValue();
        if (count == 0) {
            return CarbonAccounting.Sums.NONE;
        }
        Map<Carrier, java.math.BigDecimal> energy = new EnumMap<>(Carrier.class);
        Carrier[] carriers = {
            Carrier.ELECTRICITY,
            Carrier.GREEN_ELECTRICITY,
            Carrier.RAW_COAL,
            Carrier.NATURAL_GAS,
            Carrier.DIESEL,
            Carrier.GASOLINE,
            Carrier.HEAT
        };
        for (int i = 0; i < carriers.length; i++) {
            java.math.BigDecimal quantity = decimal(row[from + 2 + i]);
            if (quantity != null) {
                energy.put(carriers[i], quantity);
            }
        }
        return new CarbonAccounting.Sums(count, decimal(row[from + 1]), energy);
    }

    @Override
    public List<Declaration> sectorPeers(long zoneId, int year, String sector, long exceptOrganisationId) {
        List<Declaration> peers = em.createQuery(
                        "select d from Declaration d "
                                + "where d.zoneId = :zone and d.year = :year and d.organisationId <> :except "
                                + "and d.status in :counted "
                                + "and d.number = (select max(n.number) from Declaration n where n.zoneId = d.zoneId "
                                + "and n.organisationId = d.organisationId and n.year = d.year "
                                + "and n.status <> :draft)",
                        Declaration.class)
                .setParameter("zone", zoneId)
                .setParameter("year", year)
                .setParameter("except", exceptOrganisationId)
                .setParameter("counted", List.of(DeclarationStatus.SUBMITTED, DeclarationStatus.ACCEPTED))
                .setParameter("draft", DeclarationStatus.DRAFT)
                .getResultList();
        // the sector is on the organisation's record: read through organisation's published query, one statement
        String wanted = sector.trim().toLowerCase(Locale.ROOT);
        Map<Long, ZoneOrganisations.Named> named = organisations.byIds(
                peers.stream().map(Declaration::getOrganisationId).toList());
        return peers.stream()
                .filter(d -> {
                    ZoneOrganisations.Named o = named.get(d.getOrganisationId());
                    return o != null
                            && o.sector() != null
                            && o.sector().toLowerCase(Locale.ROOT).equals(wanted);
                })
                .toList();
    }

    @Override
    public Optional<Declaration> accepted(long zoneId, long organisationId, int year) {
        return em.createQuery(
                        "select d from Declaration d where d.zoneId = :zone and d.organisationId = :organisation "
                                + "and d.year = :year and d.status = :accepted order by d.number desc",
                        Declaration.class)
                .setParameter("zone", zoneId)
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .setParameter("accepted", DeclarationStatus.ACCEPTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addEvidence(DeclarationEvidence evidence) {
        em.persist(evidence);
        // the audit record that follows names the new link
        em.flush();
    }

    @Override
    public Optional<DeclarationEvidence> findEvidence(long id) {
        return Optional.ofNullable(em.find(DeclarationEvidence.class, id));
    }

    @Override
    public List<DeclarationEvidence> evidence(long declarationId) {
        return em.createQuery(
                        "select e from DeclarationEvidence e where e.declarationId = :declaration order by e.id",
                        DeclarationEvidence.class)
                .setParameter("declaration", declarationId)
                .getResultList();
    }

    @Override
    public List<DeclarationEvidence> evidence(long declarationId, int first, int max) {
        return em.createQuery(
                        "select e from DeclarationEvidence e where e.declarationId = :declaration order by e.id",
                        DeclarationEvidence.class)
                .setParameter("declaration", declarationId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long evidenceCount(long declarationId) {
        return em.createQuery(
                        "select count(e) from DeclarationEvidence e where e.declarationId = :declaration", Long.class)
                .setParameter("declaration", declarationId)
                .getSingleResult();
    }

    @Override
    public void add(Declaration declaration) {
        em.persist(declaration);
        // the unique version number and the audit record that follows need the row now
        em.flush();
    }

    @Override
    public List<Line> page(long zoneId, DeclarationStatus status, int first, int size) {
        List<Declaration> shown = em.createQuery(
                        "select d from Declaration d "
                                + "where d.zoneId = :zone and (:status is null or d.status = :status) "
                                + "and d.status <> :draft "
                                + "order by d.filedAt desc, d.id desc",
                        Declaration.class)
                .setParameter("zone", zoneId)
                .setParameter("status", status)
                // a draft is the enterprise's own until it is filed: the zone does not see it
                .setParameter("draft", DeclarationStatus.DRAFT)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        // the organisation's name is organisation's: one statement for the page through what it publishes
        Map<Long, ZoneOrganisations.Named> named = organisations.byIds(
                shown.stream().map(Declaration::getOrganisationId).toList());
        return shown.stream()
                .map(d -> new Line(
                        d.getId(),
                        named.containsKey(d.getOrganisationId())
                                ? named.get(d.getOrganisationId()).name()
                                : "",
                        d.getYear(),
                        d.getNumber(),
                        d.getStatus(),
                        d.getFiledAt()))
                .toList();
    }

    @Override
    public long count(long zoneId, DeclarationStatus status) {
        return em.createQuery(
                        "select count(d) from Declaration d where d.zoneId = :zone "
                                + "and (:status is null or d.status = :status) and d.status <> :draft",
                        Long.class)
                .setParameter("zone", zoneId)
                .setParameter("status", status)
                .setParameter("draft", DeclarationStatus.DRAFT)
                .getSingleResult();
    }

    @Override
    public List<OwnLine> ofOrganisations(Collection<Long> organisationIds, Integer year, int first, int size) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        jakarta.persistence.TypedQuery<Declaration> query = em.createQuery(
                "select d from Declaration d where d.organisationId in :organisations"
                        + (year == null ? "" : " and d.year = :year")
                        + " order by d.year desc, d.organisationId, d.zoneId, d.number desc, d.id desc",
                Declaration.class);
        if (year != null) {
            query.setParameter("year", year);
        }
        List<Declaration> shown = query.setParameter("organisations", organisationIds)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        // the organisation's name is organisation's: one statement for the page through what it publishes
        Map<Long, ZoneOrganisations.Named> named = organisations.byIds(
                shown.stream().map(Declaration::getOrganisationId).distinct().toList());
        return shown.stream()
                .map(d -> new OwnLine(
                        d.getId(),
                        d.getOrganisationId(),
                        named.containsKey(d.getOrganisationId())
                                ? named.get(d.getOrganisationId()).name()
                                : "",
                        d.getZoneId(),
                        d.getYear(),
                        d.getNumber(),
                        d.getStatus(),
                        d.getFiledAt(),
                        d.getReturnReason()))
                .toList();
    }

    @Override
    public long countOfOrganisations(Collection<Long> organisationIds, Integer year) {
        if (organisationIds.isEmpty()) {
            return 0;
        }
        jakarta.persistence.TypedQuery<Long> query = em.createQuery(
                "select count(d) from Declaration d where d.organisationId in :organisations"
                        + (year == null ? "" : " and d.year = :year"),
                Long.class);
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.setParameter("organisations", organisationIds).getSingleResult();
    }

    @Override
    public java.util.Map<DeclarationStatus, Long> latestStatusCounts(long zoneId, int year) {
        java.util.Map<DeclarationStatus, Long> counts = new java.util.EnumMap<>(DeclarationStatus.class);
        em.createQuery(
                        "select d.status, count(d) from Declaration d where d.zoneId = :zone and d.year = :year "
                                + "and d.number = (select max(n.number) from Declaration n where n.zoneId = d.zoneId "
                                + "and n.organisationId = d.organisationId and n.year = d.year) group by d.status",
                        Object[].class)
                .setParameter("zone", zoneId)
                .setParameter("year", year)
                .getResultList()
                .forEach(row -> counts.put((DeclarationStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<DeclarationShares> shares(long zoneId, int firstYear, int lastYear) {
        return shares(List.of(zoneId), firstYear, lastYear).get(zoneId);
    }

    @Override
    public Map<Long, List<DeclarationShares>> shares(Collection<Long> zoneIds, int firstYear, int lastYear) {
        Map<Long, List<DeclarationShares>> byZone = new HashMap<>();
        zoneIds.forEach(id -> byZone.put(id, new ArrayList<>()));
        if (zoneIds.isEmpty()) {
            return byZone;
        }
        // one grouped statement for every zone and year of the trend: each sum counts only the enterprises that
        // declared both of its figures (DeclarationShares says why)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.zone_id, d.year,"
                        + " sum(d.gross_output) filter (where d.green_tech_output is not null),"
                        + " sum(d.green_tech_output) filter (where d.gross_output is not null),"
                        + " count(*) filter (where d.cleaner_production_audit),"
                        + " count(d.cleaner_production_audit),"
                        + " count(*) filter (where d.meets_standards),"
                        + " count(d.meets_standards),"
                        + " sum(d.water_withdrawn_m3) filter (where d.water_reused_m3 is not null),"
                        + " sum(d.water_reused_m3) filter (where d.water_withdrawn_m3 is not null),"
                        + " sum(d.waste_generated_t) filter (where d.waste_recycled_t is not null),"
                        + " sum(d.waste_recycled_t) filter (where d.waste_generated_t is not null)"
                        + " from zone_declaration d"
                        + " where d.zone_id in (:zones) and d.year between :first and :last and d.status = 'ACCEPTED'"
                        + " and not exists (select 1 from zone_declaration n"
                        + " where n.zone_id = d.zone_id and n.organisation_id = d.organisation_id"
                        + " and n.year = d.year and n.status = 'ACCEPTED' and n.number > d.number)"
                        + " group by d.zone_id, d.year order by d.zone_id, d.year")
                .setParameter("zones", zoneIds)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
        for (Object[] r : rows) {
            byZone.get(((Number) r[0]).longValue())
                    .add(new DeclarationShares(
                            ((Number) r[1]).intValue(),
                            decimal(r[2]),
                            decimal(r[3]),
                            ((Number) r[4]).longValue(),
                            ((Number) r[5]).longValue(),
                            ((Number) r[6]).longValue(),
                            ((Number) r[7]).longValue(),
                            decimal(r[8]),
                            decimal(r[9]),
                            decimal(r[10]),
                            decimal(r[11])));
        }
        return byZone;
    }

    private static java.math.BigDecimal decimal(Object value) {
        return value == null ? null : new java.math.BigDecimal(value.toString());
    }
}
