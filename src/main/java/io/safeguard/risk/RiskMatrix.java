package io.safeguard.risk;

import io.safeguard.shared.BusinessRuleViolation;

/**
 * The level of risk for each combination of likelihood (1-5) and impact (1-5): the tenant's own matrix, starting
 * from NIST SP 800-30 Rev. 1 Table I-2 (regulation.md section 7.2 marks that table UNVERIFIED against the PDF; the
 * tenant can change every cell). Stored as 25 digits 0-4, row by row from likelihood 1, columns from impact 1.
 */
public record RiskMatrix(String cells) {
    /** Table I-2 with rows and columns in ascending order (Very Low = 1 ... Very High = 5). */
    public static final RiskMatrix NIST_800_30 = new RiskMatrix(
            "00011" // likelihood 1 (Very low): Very low, Very low, Very low, Low, Low
            + "01112" // likelihood 2 (Low): Very low, Low, Low, Low, Moderate
            + "01223" // likelihood 3 (Moderate): Very low, Low, Moderate, Moderate, High
            + "01234" // likelihood 4 (High): Very low, Low, Moderate, High, Very high
            + "01234"); // likelihood 5 (Very high)

    public RiskMatrix {
        if (cells == null || !cells.matches("[0-4]{25}")) {
            throw new BusinessRuleViolation("risk.matrix", "The risk matrix needs a level for each of the 25 cells.");
        }
    }

    public RiskLevel level(int likelihood, int impact) {
        RiskScales.requireLevel(likelihood);
        RiskScales.requireLevel(impact);
        return RiskLevel.values()[cells.charAt((likelihood - 1) * 5 + impact - 1) - '0'];
    }

    public RiskMatrix with(int likelihood, int impact, RiskLevel level) {
        char[] chars = cells.toCharArray();
        chars[(likelihood - 1) * 5 + impact - 1] = (char) ('0' + level.ordinal());
        return new RiskMatrix(new String(chars));
    }
}
