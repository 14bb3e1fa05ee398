package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.ZoneOrganisations;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.files.FileInspector;
import org.greenhub.platform.files.UploadLimits;
import org.greenhub.platform.files.domain.FileKind;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Zone;

/**
 * The zone's spreadsheet import of declarations: its template (CSV or Excel; the columns named in the reader's
 * language, then the field codes) and the upload. All or nothing: every line is checked first (the organisation is
 * of this zone, the figures pass the declaration form's own {@code DeclarationFigures.check()}, no enterprise-year
 * twice, none in review or already accepted) and every bad line is reported with its number and reason; only a
 * sheet without a single problem is stored, each line as a declaration filed by the administrator, audited as
 * imported. Filed lines wait for review like any other declaration unless the administrator accepts on import (for
 * figures the zone has already checked, such as the statistics bureau's): the review list is where a second look
 * happens, so it is not skipped by default.
 */
@ApplicationScoped
public class DeclarationImport {

    @Inject
    ZoneAccess access;

    @Inject
    ZoneOrganisations enterprises;

    @Inject
    DeclarationRepository declarations;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** What a stored sheet did. */
    public record Summary(int filed, int accepted) {}

    /** A download: its name, type and bytes. */
    public record Template(String fileName, String contentType, byte[] content) {}

    /** The template in the caller's language: the columns' names (with units), then the field codes. */
    @Transactional
    public Template template(long zoneId, boolean workbook) {
        Zone zone = access.zone(zoneId);
        Locale locale = currentUser.require().getLanguage().locale();
        List<String> names = DeclarationSheet.COLUMNS.stream()
                .map(code -> messages.get(locale, columnKey(code)))
                .toList();
        List<List<?>> codes = List.of(DeclarationSheet.COLUMNS);
        String name = "declarations-" + zone.getCode().toLowerCase(Locale.ROOT);
        return workbook
                ? new Template(name + ".xlsx", Spreadsheets.XLSX_TYPE, Spreadsheets.xlsx("declarations", names, codes))
                : new Template(name + ".csv", Spreadsheets.CSV_TYPE, Spreadsheets.csv(names, codes));
    }

    /** The message key naming a column ("Electricity (MWh)") in the reader's language. */
    public static String columnKey(String code) {
        return code.equals("code") || code.equals("year")
                ? "zoneimport.import.column." + code
                : "zone.declaration.field." + code;
    }

    /** Checks the whole sheet, then stores every line or nothing. */
    @Transactional
    public Summary importSheet(long zoneId, String fileName, byte[] content, boolean acceptOnImport) {
        Zone zone = access.zone(zoneId);
        UserAccount administrator = currentUser.require();
        List<DeclarationSheet.RawRow> rows = DeclarationSheet.rows(content, workbook(fileName, content));
        DeclarationSheet.Read read = DeclarationSheet.read(rows);
        List<DeclarationSheet.Problem> problems = new ArrayList<>(read.problems());

        int currentYear = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        Map<String, Long> organisations = enterprises.byCode(
                zone.getId(),
                read.lines().stream()
                        .map(DeclarationSheet.Line::code)
                        .distinct()
                        .toList());
        Map<String, Integer> firstLine = new HashMap<>();
        Map<DeclarationSheet.Line, Optional<Declaration>> good = new LinkedHashMap<>();
        for (DeclarationSheet.Line line : read.lines()) {
            Long organisation = organisations.get(line.code());
            if (organisation == null) {
                // unknown and another zone's read alike: the sheet does not learn what other zones hold
                problems.add(new DeclarationSheet.Problem(
                        line.line(), "code", "zoneimport.import.unknownOrganisation", line.code()));
                continue;
            }
            if (line.year() < 2000 || line.year() > currentYear) {
                problems.add(new DeclarationSheet.Problem(
                        line.line(), "year", "zone.declaration.year", String.valueOf(currentYear)));
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(line.code() + "/" + line.year(), line.line());
            if (earlier != null) {
                problems.add(new DeclarationSheet.Problem(
                        line.line(),
                        null,
                        "zoneimport.import.duplicate",
                        line.code(),
                        String.valueOf(line.year()),
                        String.valueOf(earlier)));
                continue;
            }
            Optional<Declaration> latest = declarations.latest(zone.getId(), organisation, line.year());
            if (latest.isPresent() && latest.get().getStatus() == DeclarationStatus.ACCEPTED) {
                problems.add(new DeclarationSheet.Problem(
                        line.line(), "year", "zoneimport.import.alreadyAccepted", String.valueOf(line.year())));
                continue;
            }
            if (latest.isPresent() && latest.get().getStatus() == DeclarationStatus.SUBMITTED) {
                problems.add(new DeclarationSheet.Problem(
                        line.line(), "year", "zoneimport.import.inReview", String.valueOf(line.year())));
                continue;
            }
            good.put(line, latest);
        }
        if (!problems.isEmpty()) {
            List<DeclarationSheet.Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(DeclarationSheet.Problem::line));
            throw new DeclarationImportRejected(sorted);
        }

        Instant now = Instant.now(clock);
        int accepted = 0;
        for (Map.Entry<DeclarationSheet.Line, Optional<Declaration>> entry : good.entrySet()) {
            DeclarationSheet.Line line = entry.getKey();
            long organisation = organisations.get(line.code());
            Declaration declaration;
            Map<String, Object> before = null;
            if (entry.getValue().isPresent()) {
                // a version returned for correction: the sheet's figures are the correction
                declaration = entry.getValue().get();
                before = declaration.snapshot();
                declaration.refile(line.figures(), administrator.getId(), now);
            } else {
                declaration = Declaration.file(
                        zone.getId(),
                        organisation,
                        line.year(),
                        currentYear,
                        line.figures(),
                        administrator.getId(),
                        now);
                declarations.add(declaration);
            }
            if (acceptOnImport) {
                declaration.accept(administrator.getId(), now);
                accepted++;
            }
            audit.record(
                    "ZONE_DECLARATION_IMPORTED",
                    "Declaration",
                    declaration.getId(),
                    before,
                    declaration.snapshot(),
                    fileName + " line " + line.line() + (acceptOnImport ? ", accepted" : ""));
        }
        audit.record(
                "ZONE_DECLARATIONS_IMPORTED",
                "Zone",
                zone.getId(),
                null,
                Map.of("lines", good.size(), "accepted", accepted),
                fileName);
        return new Summary(good.size(), accepted);
    }

    /** Decided by the content: a workbook must be one (checked by platform.files), anything else is read as CSV. */
    private static boolean workbook(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "platform.file.empty");
        }
        if (content.length > UploadLimits.MAX_BYTES) {
            throw DomainException.invalid("file", "platform.file.tooLarge", UploadLimits.MAX_BYTES / (1024 * 1024));
        }
        boolean zip =
                content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (!zip) {
            return false;
        }
        String name = fileName == null || fileName.isBlank() ? "declarations.xlsx" : fileName;
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            // an Excel workbook saved under a .csv name is still read for what it is
            name = name.substring(0, name.length() - 4) + ".xlsx";
        }
        if (FileInspector.inspect(name, content).kind() != FileKind.XLSX) {
            throw DomainException.invalid("file", "zoneimport.import.fileKind");
        }
        return true;
    }
}
