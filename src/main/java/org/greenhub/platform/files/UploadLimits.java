package org.greenhub.platform.files;

/** Limits on uploaded files; documented in the user guides. */
public final class UploadLimits {

    /** 20 MB (MiB) per file. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Longest file name kept, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private UploadLimits() {}
}
