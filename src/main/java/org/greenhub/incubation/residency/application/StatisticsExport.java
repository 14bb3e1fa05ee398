package org.greenhub.incubation.residency.application;

import static org.greenhub.incubation.residency.application.IncubatorDashboard.d;
import static org.greenhub.incubation.residency.application.IncubatorDashboard.n;
import static org.greenhub.incubation.residency.application.ResidencyQueries.date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Messages;

/**
 * The yearly statistics an incubator reports (Excel, in the reader's language): a summary sheet with the usual
 * national statistics fields (incubator type, floor area, workstations, incubatees, their revenue, R&D, investment
 * raised, number financed, graduates) and one row per incubatee resident during the year. Figures of a year are the
 * sums of the periodic reports whose period starts in that year; head counts are the largest reported in the year.
 * Written here rather than with {@link org.greenhub.platform.export.Spreadsheets#xlsx}, which makes one header-and-rows
 * sheet: this workbook has two, and the summary is label/value pairs. A few hundred incubatees need no streaming.
 */
@ApplicationScoped
public class StatisticsExport {

    @Inject
    StatisticsQuery statistics;

    @Inject
    IncubatorRepository incubators;

    @Inject
    ResidencyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Download(String fileName, byte[] content) {}

    @Transactional
    public Download annual(long incubatorId, int year) {
        UserAccount user = currentUser.require();
        access.requireManager(incubatorId);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear) {
            throw DomainException.invalid("year", "residency.statistics.yearRange", 2000, thisYear);
        }
        Incubator incubator = incubators.find(incubatorId).orElseThrow();
        Locale locale = user.getLanguage().locale();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Object[]> rows = statistics.incubatees(incubatorId, from, to);
        Object[] g = statistics.graduates(incubatorId, from, to);

        BigDecimal revenue = BigDecimal.ZERO,
                rnd = BigDecimal.ZERO,
                investment = BigDecimal.ZERO,
                emissions = BigDecimal.ZERO;
        long rndStaff = 0, employees = 0, financed = 0, patentsGranted = 0;
        for (Object[] r : rows) {
            revenue = revenue.add(d(r[6]));
            rnd = rnd.add(d(r[7]));
            rndStaff += n(r[8]);
            employees += n(r[9]);
            investment = investment.add(d(r[10]));
            if (d(r[10]).signum() > 0) {
                financed++;
            }
            patentsGranted += n(r[12]);
            emissions = emissions.add(d(r[14]));
        }
        String name = incubator.name(user.getLanguage());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = workbook.createSheet(text(locale, "residency.statistics.sheet.summary"));
            List<Object[]> fields = new ArrayList<>();
            fields.add(new Object[] {"incubator", name});
            fields.add(new Object[] {"kind", text(locale, incubator.getKind().messageKey())});
            fields.add(new Object[] {"zone", incubator.getZone()});
            fields.add(new Object[] {"year", year});
            fields.add(new Object[] {"floorArea", incubator.getFloorAreaM2()});
            fields.add(new Object[] {"workstations", incubator.getWorkstations()});
            fields.add(new Object[] {"incubatees", rows.size()});
            fields.add(new Object[] {"newIncubatees", n(g[2])});
            fields.add(new Object[] {"revenue", revenue});
            fields.add(new Object[] {"rndSpend", rnd});
            fields.add(new Object[] {"rndStaff", rndStaff});
            fields.add(new Object[] {"employees", employees});
            fields.add(new Object[] {"investment", investment});
            fields.add(new Object[] {"financed", financed});
            fields.add(new Object[] {"patentsGranted", patentsGranted});
            fields.add(new Object[] {"emissionsAvoided", emissions});
            fields.add(new Object[] {"graduates", n(g[0])});
            fields.add(new Object[] {"graduatesTotal", n(g[1])});
            for (int i = 0; i < fields.size(); i++) {
                Row row = summary.createRow(i);
                Cell label = row.createCell(0);
                label.setCellValue(text(locale, "residency.statistics.field." + fields.get(i)[0]));
                label.setCellStyle(bold);
                set(row.createCell(1), fields.get(i)[1]);
            }
            summary.setColumnWidth(0, 45 * 256);
            summary.setColumnWidth(1, 40 * 256);

            Sheet detail = workbook.createSheet(text(locale, "residency.statistics.sheet.incubatees"));
            String[] columns = {
                "organisation",
                "registrationCode",
                "startDate",
                "status",
                "endDate",
                "revenue",
                "rndSpend",
                "rndStaff",
                "employees",
                "investment",
                "patentsFiled",
                "patentsGranted",
                "energyUse",
                "emissionsAvoided",
                "reports"
            };
            Row header = detail.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(text(locale, "residency.statistics.column." + columns[c]));
                cell.setCellStyle(bold);
            }
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                Row row = detail.createRow(i + 1);
                LocalDate ended = date(r[4]) != null ? date(r[4]) : date(r[5]);
                Object[] values = {
                    r[0],
                    r[1],
                    String.valueOf(date(r[2])),
                    text(locale, "residency.status." + r[3]),
                    ended == null ? null : ended.toString(),
                    d(r[6]),
                    d(r[7]),
                    n(r[8]),
                    n(r[9]),
                    d(r[10]),
                    n(r[11]),
                    n(r[12]),
                    d(r[13]),
                    d(r[14]),
                    n(r[15])
                };
                for (int c = 0; c < values.length; c++) {
                    set(row.createCell(c), values[c]);
                }
            }
            detail.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            audit.record("RESIDENCY_STATISTICS_EXPORTED", "Incubator", incubatorId, null, null, String.valueOf(year));
            return new Download("incubator-" + incubatorId + "-statistics-" + year + ".xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Locale locale, String key) {
        return messages.get(locale, key);
    }

    /** Numbers as numbers; text always as text, never as a formula. */
    private static void set(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
