package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.greenhub.platform.export.Spreadsheets;
import org.greenhub.platform.files.ContentDisposition;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.application.PublishedGreenReports;
import org.greenhub.zone.application.PublishedGreenReports.Download;

/**
 * A zone's published annual green development report, no sign-in: its data pack (the calculator's request and answer
 * exactly as frozen; post {@code request} to {@code POST /api/zone/accounting/calculate} and the answer is
 * {@code response}), its PDF in a language, and the workbook of its figures. {@code version} picks an earlier
 * published version (default: the newest). A report that is not published answers 404, as an unknown zone does.
 */
@Path("/zones/{code}/reports/{year}")
public class GreenReportResource {

    @Inject
    PublishedGreenReports reports;

    @GET
    @Path("/data-pack.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response dataPack(
            @PathParam("code") String code, @PathParam("year") int year, @QueryParam("version") Integer version) {
        Download pack = reports.dataPack(code, year, version);
        return Response.ok(pack.content(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", ContentDisposition.inline(pack.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    public Response pdf(
            @PathParam("code") String code,
            @PathParam("year") int year,
            @QueryParam("version") Integer version,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Download pdf = reports.pdf(code, year, version, language(lang, acceptLanguage));
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(pdf.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/workbook.xlsx")
    @Produces(Spreadsheets.XLSX_TYPE)
    public Response workbook(
            @PathParam("code") String code,
            @PathParam("year") int year,
            @QueryParam("version") Integer version,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Download workbook = reports.workbook(code, year, version, language(lang, acceptLanguage));
        return Response.ok(workbook.content(), Spreadsheets.XLSX_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(workbook.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code lang} when given, else the first language the caller accepts, else English. */
    private static Language language(String lang, String acceptLanguage) {
        String first = acceptLanguage == null ? null : acceptLanguage.split("[,;]")[0].trim();
        return Language.fromTag(lang).or(() -> Language.fromTag(first)).orElse(Language.ENGLISH);
    }
}
