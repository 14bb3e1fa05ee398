package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * The managers' export of an edition's submitted entries (drafts excluded), as CSV (UTF-8 with a byte-order mark,
 * formula-looking text neutralised) or Excel (text cells are never formulas). Headers, statuses, groups, tracks and
 * categories in the manager's language; times in the edition's time zone.
 */
@ApplicationScoped
public class EntryExport {

    static final List<String> COLUMNS = List.of(
            "reference",
            "title",
            "organisation",
            "registrationCode",
            "group",
            "track",
            "status",
            "submittedAt",
            "revenue",
            "rdSpend",
            "fundingRaised",
            "ipDeclared",
            "baselineYear",
            "energySaved",
            "emissionsAvoided",
            "energyIntensity",
            "waterReused",
            "wasteRecycled",
            "cleanerProductionAudit",
            "category");

    @Inject
    EntryQueries queries;

    @Inject
    CompetitionAccess access;

    @Inject
    Messages messages;

    @Inject
    AuditTrail audit;

    @Transactional
    public ExportFile export(long competitionId, ExportFile.Format format, Language language) {
        return export(competitionId, format, language, null);
    }

    /**
     * The edition's entries, or only the given ones ({@code null}: all; the manager's ticked entries). Ids of another
     * competition match nothing: the query is bound to the competition the caller manages.
     */
    @Transactional
    public ExportFile export(
            long competitionId, ExportFile.Format format, Language language, java.util.Collection<Long> only) {
        Competition competition = access.managedCompetition(competitionId);
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(competition.zone());
        List<Object[]> rows = queries.exportRows(competition, only);
        List<Object> header = COLUMNS.stream()
                .map(c -> (Object) messages.get(language.locale(), "competition.export." + c))
                .toList();
        List<List<Object>> table = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<Object> line = new ArrayList<>(COLUMNS.size());
            line.add(r[0]);
            line.add(r[1]);
            line.add(r[2]);
            line.add(r[3]);
            line.add(messages.get(language.locale(), ((CompetitionGroup) r[4]).messageKey()));
            line.add(messages.get(language.locale(), "green.focus." + r[5]));
            line.add(messages.get(language.locale(), ((EntryStatus) r[6]).messageKey()));
            line.add(r[7] == null ? null : time.format((Instant) r[7]));
            for (int i = 8; i <= 10; i++) {
                line.add(r[i]);
            }
            line.add(yesNo(language, (Boolean) r[11]));
            line.add(r[12]);
            for (int i = 13; i <= 17; i++) {
                line.add(r[i]);
            }
            line.add(yesNo(language, (Boolean) r[18]));
            line.add(
                    r[19] == null
                            ? null
                            : messages.get(language.locale(), ((GreenIndustryCategory) r[19]).messageKey()));
            table.add(line);
        }
        String base = "entries-" + competition.getSeriesKey() + "-"
                + competition.getEdition().replaceAll("[^A-Za-z0-9-]", "_");
        audit.record(
                "COMPETITION_ENTRIES_EXPORTED",
                "Competition",
                competitionId,
                null,
                Map.of("format", format, "rows", table.size()),
                null);
        return format == ExportFile.Format.CSV
                ? new ExportFile(
                        base + ".csv", ExportFile.CSV, org.greenhub.platform.export.Spreadsheets.csv(header, table))
                : new ExportFile(
                        base + ".xlsx",
                        ExportFile.XLSX,
                        org.greenhub.platform.export.Spreadsheets.xlsx("entries", header, table));
    }

    private String yesNo(Language language, Boolean value) {
        return messages.get(
                language.locale(), Boolean.TRUE.equals(value) ? "competition.export.yes" : "competition.export.no");
    }
}
