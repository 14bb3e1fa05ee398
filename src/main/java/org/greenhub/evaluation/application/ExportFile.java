package org.greenhub.evaluation.application;

/** A generated download: its file name, media type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public enum Format {
        CSV,
        XLSX
    }
}
