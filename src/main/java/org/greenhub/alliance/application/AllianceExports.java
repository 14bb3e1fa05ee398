package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.greenhub.alliance.domain.Alliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Coordinators' downloads: the member register, the dues ledger and a year's evaluations, as CSV or Excel. */
@ApplicationScoped
@Transactional
public class AllianceExports {

    public enum Format { CSV, XLSX }

    /** A generated download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AllianceAccess access;

    public Download members(long allianceId, Format format) {
        Alliance alliance = access.coordinated(allianceId);
        List<Object> header = List.of("number", "member", "registered_name", "kind", "category", "annual_dues", "status", "valid_from", "valid_to",
                "contact_email", "contact_phone");
        Stream<Object[]> rows = em.createQuery("select m.membershipNumber, m.sortName, o.registeredName, o.kind, c.name, c.annualDues, m.status, "
                        + "m.validFrom, m.validTo, m.contactEmail, m.contactPhone from Membership m join m.organisation o join m.category c "
                        + "where m.alliance = :a order by m.sortName, m.id", Object[].class)
                .setParameter("a", alliance).getResultStream();
        return file(alliance, "members", header, rows, format);
    }

    public Download ledger(long allianceId, Format format) {
        Alliance alliance = access.coordinated(allianceId);
        List<Object> header = List.of("paid_on", "number", "member", "amount", "reference");
        Stream<Object[]> rows = em.createQuery("select p.paidOn, m.membershipNumber, m.sortName, p.amount, p.reference from DuesPayment p "
                        + "join p.membership m where p.allianceId = :a order by p.paidOn, p.id", Object[].class)
                .setParameter("a", allianceId).getResultStream();
        return file(alliance, "dues", header, rows, format);
    }

    public Download evaluations(long allianceId, int year, Format format) {
        Alliance alliance = access.coordinated(allianceId);
        List<Object> header = List.of("year", "number", "member", "attendance", "reports", "projects", "dues", "computed", "adjustment",
                "adjustment_reason", "final", "band", "published");
        Stream<Object[]> rows = em.createQuery("select e.year, m.membershipNumber, m.sortName, e.attendanceScore, e.reportsScore, e.projectsScore, "
                        + "e.duesScore, e.computedScore, e.adjustment, e.adjustmentReason, e.finalScore, e.band, e.published "
                        + "from MemberEvaluation e join e.membership m where e.allianceId = :a and e.year = :y order by m.sortName, e.id", Object[].class)
                .setParameter("a", allianceId).setParameter("y", year).getResultStream();
        return file(alliance, "evaluation-" + year, header, rows, format);
    }

    private static Download file(Alliance alliance, String what, List<Object> header, Stream<Object[]> rows, Format format) {
        String base = alliance.getCode().toLowerCase(java.util.Locale.ROOT) + "-" + what;
        try (rows) {
            return switch (format) {
                case CSV -> new Download(base + ".csv", "text/csv; charset=UTF-8", csv(header, rows));
                case XLSX -> new Download(base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(what, header, rows));
            };
        }
    }

    static byte[] csv(List<Object> header, Stream<Object[]> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header.toArray());
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells[i]));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; text starting like a formula gets a leading apostrophe so spreadsheets do not run it. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static byte[] xlsx(String sheetName, List<Object> header, Stream<Object[]> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            List<Object[]> all = new ArrayList<>();
            all.add(header.toArray());
            rows.forEach(all::add);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] line = all.get(r);
                for (int c = 0; c < line.length; c++) {
                    if (line[c] == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (line[c] instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (line[c] instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(line[c].toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
