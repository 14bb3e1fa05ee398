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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
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
@Tag(name = ApiDocs.TAG_ZONE)
public class GreenReportResource {

    @Inject
    PublishedGreenReports reports;

    @GET
    @Path("/data-pack.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Read a published report's data pack",
            description =
                    "The figures of a zone's published annual green development report exactly as frozen: post its `request` to `POST /api/zone/accounting/calculate` and the answer is its `response`. No sign-in. A report that is not published answers 404, as an unknown zone does.")
    @Parameter(name = "code", in = ParameterIn.PATH, description = "The zone's code.", example = "SZ-HTZ")
    @Parameter(name = "year", in = ParameterIn.PATH, description = "The report's year.", example = "2025")
    @Parameter(
            name = "version",
            in = ParameterIn.QUERY,
            description = "An earlier published version (default: the newest).",
            example = "1")
    @APIResponse(
            responseCode = "200",
            description = "The data pack's bytes as stored (their SHA-256 is shown on the report's public page).",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"zone\":\"SZ-HTZ\",\"year\":2025,\"request\":{\"factors\":{},\"baseYear\":2020,\"enterprises\":[]},\"response\":{\"enterpriseYears\":[],\"zoneYears\":[]}}")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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
    @Operation(
            summary = "Download a published report as PDF",
            description =
                    "A zone's published annual green development report as a PDF in a language (its narrative, figures and charts). No sign-in; a report that is not published answers 404.")
    @Parameter(name = "code", in = ParameterIn.PATH, description = "The zone's code.", example = "SZ-HTZ")
    @Parameter(name = "year", in = ParameterIn.PATH, description = "The report's year.", example = "2025")
    @Parameter(
            name = "version",
            in = ParameterIn.QUERY,
            description = "An earlier published version (default: the newest).",
            example = "1")
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description =
                    "The language: `en`, `zh-CN`, `th` or `vi`. Default: the first language of `Accept-Language`, else English.",
            example = "zh-CN")
    @APIResponse(
            responseCode = "200",
            description = "The PDF, as an attachment.",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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
    @Operation(
            summary = "Download a published report's workbook",
            description =
                    "The figures of a zone's published report as an Excel workbook, headings in a language. No sign-in; a report that is not published answers 404.")
    @Parameter(name = "code", in = ParameterIn.PATH, description = "The zone's code.", example = "SZ-HTZ")
    @Parameter(name = "year", in = ParameterIn.PATH, description = "The report's year.", example = "2025")
    @Parameter(
            name = "version",
            in = ParameterIn.QUERY,
            description = "An earlier published version (default: the newest).",
            example = "1")
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description =
                    "The language: `en`, `zh-CN`, `th` or `vi`. Default: the first language of `Accept-Language`, else English.",
            example = "zh-CN")
    @APIResponse(
            responseCode = "200",
            description = "The workbook, as an attachment.",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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
