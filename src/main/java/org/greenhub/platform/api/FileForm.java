package org.greenhub.platform.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A file sent as a form, as OpenAPI describes it for every upload that takes {@code multipart/form-data}
 * ({@link UploadedFile} reads it): one schema that each feature's upload names, rather than one copy per feature.
 */
@Schema(name = "FileForm", description = "A multipart/form-data form with one file.")
public record FileForm(
        @Schema(
                required = true,
                type = SchemaType.STRING,
                format = "binary",
                description = "The file, with its file name (the name it is kept under).")
        String file) {}
