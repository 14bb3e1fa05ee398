package org.greenhub.platform.files.domain;

import java.util.Locale;
import java.util.Set;

/** The only kinds of file GreenHub accepts as attachments, recognised by their content. */
public enum FileKind {
    PDF("application/pdf", ".pdf", Set.of(".pdf")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", Set.of(".pptx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", Set.of(".xlsx")),
    PNG("image/png", ".png", Set.of(".png")),
    JPEG("image/jpeg", ".jpg", Set.of(".jpg", ".jpeg"));

    private final String contentType;
    private final String extension;
    private final Set<String> extensions;

    FileKind(String contentType, String extension, Set<String> extensions) {
        this.contentType = contentType;
        this.extension = extension;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The usual extension, added to a name that has none. */
    public String extension() {
        return extension;
    }

    public boolean matchesExtension(String lowerCaseExtension) {
        return extensions.contains(lowerCaseExtension.toLowerCase(Locale.ROOT));
    }

    /** Whether an extension belongs to any accepted kind (".pdf", ".jpeg" ...). */
    public static boolean isKnownExtension(String lowerCaseExtension) {
        for (FileKind kind : values()) {
            if (kind.matchesExtension(lowerCaseExtension)) {
                return true;
            }
        }
        return false;
    }
}
