package io.safeguard.risk;

import java.util.List;

/** One of the nine elements of HHS's 2010 risk analysis guidance, and what the analysis still lacks for it. */
public record CompletenessElement(int number, String title, String citation, List<String> missing) {
    public boolean met() {
        return missing.isEmpty();
    }
}
