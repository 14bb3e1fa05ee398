package org.greenhub.platform.files.domain;

/** An upload that passed inspection: its kind as read from the content and a name safe to store and show. */
public record InspectedFile(FileKind kind, String fileName, int sizeBytes) {}
