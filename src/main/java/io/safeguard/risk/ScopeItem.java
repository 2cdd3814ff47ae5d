package io.safeguard.risk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ePHI asset, data flow or vendor of the inventory as the analysis sees it: included (and which risks cover it) or
 * excluded with a justification (HHS 2010 guidance, element 1: the scope is all ePHI, so every exclusion is explained).
 */
public record ScopeItem(String key, TargetKind kind, String label, @Nullable String detail, @Nullable String exclusion,
        List<String> risks) {

    public boolean included() {
        return exclusion == null;
    }

    public boolean uncovered() {
        return included() && risks.isEmpty();
    }
}
