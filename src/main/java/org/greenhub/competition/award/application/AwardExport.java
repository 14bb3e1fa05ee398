package org.greenhub.competition.award.application;

import java.util.ArrayList;
import java.util.List;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.platform.export.Spreadsheets;

/**
 * The awards of a result as a table, written by {@link Spreadsheets} (CSV in UTF-8 with BOM, so spreadsheet programs
 * read Chinese and Thai, or a streamed workbook).
 */
final class AwardExport {

    private static final List<Object> HEADER =
            List.of("group", "track", "tier", "rank", "score", "awardee", "title", "status", "verification_code");

    private AwardExport() {}

    static ExportFile of(long resultId, List<AwardQueries.AwardLine> lines, ExportFile.Format format) {
        List<List<Object>> table = new ArrayList<>();
        for (AwardQueries.AwardLine a : lines) {
            table.add(List.of(
                    a.group().name(),
                    a.track(),
                    a.tier().name(),
                    a.rank(),
                    a.score().stripTrailingZeros(),
                    a.awardee(),
                    a.title(),
                    a.status().name(),
                    a.verificationCode()));
        }
        String base = "awards-" + resultId;
        return format == ExportFile.Format.CSV
                ? new ExportFile(base + ".csv", ExportFile.CSV, Spreadsheets.csv(HEADER, table))
                : new ExportFile(base + ".xlsx", ExportFile.XLSX, Spreadsheets.xlsx("awards", HEADER, table));
    }
}
