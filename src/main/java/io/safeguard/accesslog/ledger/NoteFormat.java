package io.safeguard.accesslog.ledger;

import java.util.Base64;

/** The syntax rules of C2SP signed-note that several classes share. */
final class NoteFormat {
    /** C2SP signed-note: verifiers must accept at least 16 signatures; we stop well above that. */
    static final int MAX_SIGNATURES = 64;
    /** A limit on the size of a whole note, so a hostile file cannot make us hash or parse megabytes. */
    static final int MAX_NOTE_CHARS = 64 * 1024;

    private NoteFormat() {}

    /** C2SP signed-note: key names are non-empty and contain no Unicode spaces and no plus (U+002B). */
    static String requireKeyName(String name) {
        if (name.isEmpty() || name.codePoints().anyMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': \"" + name + "\"");
        }
        requireNoteCharacters(name);
        return name;
    }

    /** C2SP signed-note: valid UTF-8 (no lone surrogates in Java) and no ASCII control characters other than newline. */
    static void requireNoteCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new IllegalArgumentException("a note contains control character 0x" + Integer.toHexString(c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a note is not valid UTF-8 (lone surrogate)");
            }
        }
    }

    /** RFC 4648 §4 standard base64, padded, and nothing else (Java's decoder would also accept missing padding). */
    static byte[] base64(String text, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not base64", e);
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("the " + what + " is not canonical padded base64");
        }
        return bytes;
    }
}
