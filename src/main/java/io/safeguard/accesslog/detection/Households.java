package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.PatientRecord;
import java.text.Normalizer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Matching keys for the family rule. Addresses compare after normalization: case, accents, punctuation and runs of
 * spaces do not matter, common street suffixes, directions and unit designators are abbreviated the USPS way
 * ("12 Oak Street, Apartment 4B" = "12 OAK ST APT 4B" = "12 oak st. #4b"), and the key is the address line plus the
 * five-digit postal code, or plus the city when the postal code is missing. Family names compare letters only.
 * Keys are 64-bit hashes (FNV-1a); 0 means "no key".
 */
final class Households {
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("STREET", "ST"),
            Map.entry("AVENUE", "AVE"), Map.entry("AV", "AVE"), Map.entry("ROAD", "RD"), Map.entry("DRIVE", "DR"),
            Map.entry("LANE", "LN"), Map.entry("BOULEVARD", "BLVD"), Map.entry("COURT", "CT"), Map.entry("PLACE", "PL"),
            Map.entry("TERRACE", "TER"), Map.entry("CIRCLE", "CIR"), Map.entry("PARKWAY", "PKWY"),
            Map.entry("HIGHWAY", "HWY"), Map.entry("SQUARE", "SQ"), Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"),
            Map.entry("EAST", "E"), Map.entry("WEST", "W"), Map.entry("APARTMENT", "APT"), Map.entry("UNIT", "APT"),
            Map.entry("SUITE", "APT"), Map.entry("STE", "APT"), Map.entry("NO", "APT"));

    private Households() {}

    static long homeKey(PatientRecord patient) {
        return homeKey(patient.addressLine(), patient.postalCode(), patient.city());
    }

    static long homeKey(@Nullable String addressLine, @Nullable String postalCode, @Nullable String city) {
        String line = normalizedAddressLine(addressLine);
        if (line.isEmpty()) {
            return 0;
        }
        String postal = postalCode == null ? "" : digits(postalCode);
        String place = postal.length() >= 5 ? "Z" + postal.substring(0, 5) : "C" + words(city, false);
        return hash(line + "|" + place);
    }

    static long surnameKey(@Nullable String familyName) {
        String letters = familyName == null ? "" : words(familyName, true);
        return letters.isEmpty() ? 0 : hash(letters);
    }

    static String normalizedAddressLine(@Nullable String addressLine) {
        var out = new StringBuilder();
        for (String word : words(addressLine, false).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String shortWord = ABBREVIATIONS.getOrDefault(word, word);
            if (shortWord.equals("APT") && (out.length() >= 3 && out.lastIndexOf("APT") == out.length() - 3)) {
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(shortWord);
        }
        return out.toString();
    }

    /** Upper-case ASCII letters and digits, accents removed, everything else one space ('#' reads as APT). */
    private static String words(@Nullable String text, boolean lettersOnly) {
        if (text == null) {
            return "";
        }
        String source = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                source = Normalizer.normalize(text, Normalizer.Form.NFD);
                break;
            }
        }
        var out = new StringBuilder(source.length());
        boolean space = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if ((c >= 'A' && c <= 'Z') || (!lettersOnly && c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (lettersOnly || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (c == '#') {
                out.append(space ? "APT " : " APT ");
                space = true;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static String digits(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
