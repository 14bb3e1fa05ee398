package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.platform.export.Spreadsheets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Coordinators' downloads: the member register, the dues ledger and a year's evaluations, as CSV or Excel. */
@ApplicationScoped
@Transactional
public class AllianceExports {

    public enum Format { CSV, XLSX }

    /** A generated download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Inject
    AllianceReads reads;

    @Inject
    AllianceAccess access;

    public Download members(long allianceId, Format format) {
        Alliance alliance = access.coordinated(allianceId);
        List<Object> header = List.of("number", "member", "registered_name", "kind", "category", "annual_dues", "status", "valid_from", "valid_to",
                "contact_email", "contact_phone");
        List<Object[]> rows = reads.memberExportRows(alliance);
        return file(alliance, "members", header, rows, format);
    }

    public Download ledger(long allianceId, Format format) {
        Alliance alliance = access.coordinated(allianceId);
        List<Object> header = List.of("paid_on", "number", "member", "amount", "reference");
        List<Object[]> rows = reads.ledgerExportRows(allianceId);
        return file(alliance, "dues", header, rows, format);
    }

    public Download evaluations(long allianceId, int year, Format format) {
        Alliance alliance = access.coordinated(allianceId);
        List<Object> header = List.of("year", "number", "member", "attendance", "reports", "projects", "dues", "computed", "adjustment",
                "adjustment_reason", "final", "band", "published");
        List<Object[]> rows = reads.evaluationExportRows(allianceId, year);
        return file(alliance, "evaluation-" + year, header, rows, format);
    }

    private static Download file(Alliance alliance, String what, List<Object> header, List<Object[]> rows, Format format) {
        String base = alliance.getCode().toLowerCase(Locale.ROOT) + "-" + what;
        List<List<Object>> table = rows.stream().map(Arrays::asList).toList();
        return switch (format) {
            case CSV -> new Download(base + ".csv", Spreadsheets.CSV_TYPE, Spreadsheets.csv(header, table));
            case XLSX -> new Download(base + ".xlsx", Spreadsheets.XLSX_TYPE, Spreadsheets.xlsx(what, header, table));
        };
    }

}
