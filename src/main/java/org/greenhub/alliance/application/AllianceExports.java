package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.greenhub.alliance.domain.ActivityBand;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.i18n.Messages;

/**
 * Coordinators' downloads: the member register (whole, or the coordinator's selection), the dues ledger and a year's
 * evaluations, as CSV or Excel. Headers, states, kinds, categories and bands are written in the reader's language;
 * dates and amounts stay values, so that a spreadsheet sorts and sums them. Nothing re-imports these files, so
 * there is no machine-readable variant with codes.
 */
@ApplicationScoped
@Transactional
public class AllianceExports {

    public enum Format {
        CSV,
        XLSX
    }

    /** A generated download. */
    public record Download(String fileName, String contentType, byte[] content) {}

    private static final List<String> MEMBER_COLUMNS = List.of(
            "number",
            "member",
            "registeredName",
            "kind",
            "category",
            "annualDues",
            "status",
            "validFrom",
            "validTo",
            "contactEmail",
            "contactPhone");
    private static final List<String> LEDGER_COLUMNS = List.of("paidOn", "number", "member", "amount", "reference");
    private static final List<String> EVALUATION_COLUMNS = List.of(
            "year",
            "number",
            "member",
            "attendance",
            "reports",
            "projects",
            "dues",
            "computed",
            "adjustment",
            "adjustmentReason",
            "final",
            "band",
            "published");

    @Inject
    AllianceReads reads;

    @Inject
    AllianceAccess access;

    @Inject
    Messages messages;

    /** The whole member register. */
    public Download members(long allianceId, Format format, Language language) {
        return members(allianceId, format, language, null);
    }

    /**
     * The member register, or only the given memberships ({@code null}: all). Ids of another alliance match nothing,
     * as the query is bound to the alliance the caller coordinates.
     */
    public Download members(long allianceId, Format format, Language language, Collection<Long> only) {
        Alliance alliance = access.coordinated(allianceId);
        Locale locale = language.locale();
        List<List<Object>> table = new ArrayList<>();
        for (Object[] r : reads.memberExportRows(alliance, only)) {
            table.add(Arrays.asList(
                    r[0],
                    r[1],
                    r[2],
                    r[3] == null ? null : messages.get(locale, ((OrganisationKind) r[3]).messageKey()),
                    LocalisedName.stored((String) r[4], (String) r[5], (String) r[6], (String) r[7])
                            .text(language),
                    r[8],
                    messages.get(locale, ((MembershipStatus) r[9]).messageKey()),
                    r[10],
                    r[11],
                    r[12],
                    r[13]));
        }
        return file(alliance, "members", header(locale, MEMBER_COLUMNS), table, format);
    }

    public Download ledger(long allianceId, Format format, Language language) {
        Alliance alliance = access.coordinated(allianceId);
        List<Object[]> rows = reads.ledgerExportRows(allianceId);
        return file(
                alliance,
                "dues",
                header(language.locale(), LEDGER_COLUMNS),
                rows.stream().map(Arrays::asList).toList(),
                format);
    }

    public Download evaluations(long allianceId, int year, Format format, Language language) {
        Alliance alliance = access.coordinated(allianceId);
        Locale locale = language.locale();
        List<List<Object>> table = new ArrayList<>();
        for (Object[] r : reads.evaluationExportRows(allianceId, year)) {
            List<Object> line = new ArrayList<>(Arrays.asList(r));
            line.set(11, r[11] == null ? null : messages.get(locale, ((ActivityBand) r[11]).messageKey()));
            line.set(
                    12,
                    messages.get(locale, Boolean.TRUE.equals(r[12]) ? "alliance.export.yes" : "alliance.export.no"));
            table.add(line);
        }
        return file(alliance, "evaluation-" + year, header(locale, EVALUATION_COLUMNS), table, format);
    }

    private List<Object> header(Locale locale, List<String> columns) {
        return columns.stream()
                .map(c -> (Object) messages.get(locale, "alliance.export." + c))
                .toList();
    }

    private static Download file(
            Alliance alliance, String what, List<Object> header, List<List<Object>> table, Format format) {
        String base = alliance.getCode().toLowerCase(Locale.ROOT) + "-" + what;
        return switch (format) {
            case CSV -> new Download(base + ".csv", Spreadsheets.CSV_TYPE, Spreadsheets.csv(header, table));
            case XLSX -> new Download(base + ".xlsx", Spreadsheets.XLSX_TYPE, Spreadsheets.xlsx(what, header, table));
        };
    }
}
