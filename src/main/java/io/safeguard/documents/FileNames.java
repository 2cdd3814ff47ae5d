package io.safeguard.documents;

import java.util.Locale;
import java.util.Map;

/**
 * Display names and content types of uploaded files. The name is only ever shown and offered back on download;
 * bytes are stored under their hash, so no name can reach the file system.
 */
final class FileNames {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("md", "text/plain"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private FileNames() {}

    /** Keeps the last path segment, replaces anything unusual, caps the length: "../../etc/passwd" becomes "passwd". */
    static String sanitize(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[.\\s]+", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String contentType(String sanitizedName) {
        int dot = sanitizedName.lastIndexOf('.');
        String extension = dot < 0 ? "" : sanitizedName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** Only these are shown in the browser; everything else downloads as an attachment. */
    static boolean inline(String contentType) {
        return contentType.equals("application/pdf") || contentType.startsWith("image/") || contentType.equals("text/plain");
    }
}
