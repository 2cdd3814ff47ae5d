package io.safeguard.bundle;

import java.nio.file.Path;

/** Keeps every bundle path inside the bundle folder: no absolute paths, no "..", no backslashes. */
final class BundlePaths {
    private BundlePaths() {}

    static Path resolve(Path root, String relative) {
        if (relative == null || relative.isBlank() || relative.startsWith("/") || relative.contains("\\")
                || relative.contains("..") || relative.contains(":") || !relative.matches("[A-Za-z0-9._/-]+")) {
            throw new IllegalArgumentException("not a bundle path: " + relative);
        }
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("not a bundle path: " + relative);
        }
        return resolved;
    }
}
