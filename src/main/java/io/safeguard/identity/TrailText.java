package io.safeguard.identity;

import org.jspecify.annotations.Nullable;

/**
 * Makes a string safe to hash and store in the activity trail on both databases. PostgreSQL rejects U+0000 (the
 * insert, and with it the recorded change, fails) and stores a lone surrogate as '?', while H2 keeps both; a cut
 * through a surrogate pair leaves a lone surrogate. So each of them becomes U+FFFD, and text is shortened on a
 * code-point boundary to at most {@code maxUnits} UTF-16 units (H2 counts those, PostgreSQL counts code points, so
 * the limit holds for both).
 */
final class TrailText {
    private static final char REPLACEMENT = '\uFFFD';

    private TrailText() {}

    static @Nullable String clean(@Nullable String text, int maxUnits) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxUnits));
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int units = Character.charCount(codePoint);
            boolean loneSurrogate = units == 1 && Character.isSurrogate(text.charAt(i));
            if (codePoint == 0 || loneSurrogate) {
                codePoint = REPLACEMENT;
            }
            if (out.length() + Character.charCount(codePoint) > maxUnits) {
                break;
            }
            out.appendCodePoint(codePoint);
            i += units;
        }
        return out.toString();
    }
}
