package io.safeguard.vendor;

/**
 * What a vendor does with the organization's PHI, in the words of the business associate definition (160.103):
 * creates, receives, maintains or transmits it. Any of the four makes the vendor touch PHI.
 */
public record PhiHandling(boolean creates, boolean receives, boolean maintains, boolean transmits) {
    public static final PhiHandling NONE = new PhiHandling(false, false, false, false);

    public boolean touchesPhi() {
        return creates || receives || maintains || transmits;
    }

    public String describe() {
        if (!touchesPhi()) {
            return "no PHI";
        }
        var parts = new java.util.ArrayList<String>();
        if (creates) parts.add("creates");
        if (receives) parts.add("receives");
        if (maintains) parts.add("maintains");
        if (transmits) parts.add("transmits");
        return String.join(", ", parts);
    }
}
