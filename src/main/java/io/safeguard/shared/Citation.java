package io.safeguard.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of 45 CFR Part 164 (or 160), e.g. {@code 164.308(a)(1)(ii)(A)}: the section and its paragraph path.
 * Parsing refuses anything else, so catalog rows, evidence links and findings all cite the same way.
 */
public record Citation(int part, int section, List<String> paragraphs) {
    private static final Pattern SHAPE = Pattern.compile("(16[04])\\.(\\d{3})((?:\\([a-zA-Z0-9]{1,6}\\))*)");
    private static final Pattern PARAGRAPH = Pattern.compile("\\(([a-zA-Z0-9]{1,6})\\)");

    public Citation {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Parses {@code 164.308(a)(1)}, also with a leading "45 CFR" and spaces; throws on anything else. */
    public static Citation parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.startsWith("45 CFR")) {
            value = value.substring(6).strip();
        }
        value = value.replace("§", "").strip();
        Matcher matcher = SHAPE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a 45 CFR citation such as 164.308(a)(1)(ii)(A)");
        }
        List<String> paragraphs = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(matcher.group(3));
        while (paragraph.find()) {
            paragraphs.add(paragraph.group(1));
        }
        return new Citation(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), paragraphs);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code other} is this citation or a paragraph inside it (164.308(a)(1) contains 164.308(a)(1)(ii)(A)). */
    public boolean contains(Citation other) {
        return part == other.part && section == other.section && other.paragraphs.size() >= paragraphs.size()
                && other.paragraphs.subList(0, paragraphs.size()).equals(paragraphs);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(part).append('.').append(section);
        paragraphs.forEach(p -> text.append('(').append(p).append(')'));
        return text.toString();
    }
}
