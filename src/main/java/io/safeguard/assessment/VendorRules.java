package io.safeguard.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Business associate agreements (164.308(b), 164.314(a), 164.502(e)) and cloud services within their eligibility. */
final class VendorRules {
    private VendorRules() {}

    static void register(Map<String, Rule> rules) {
        Rule agreements = (r, f) -> {
            var vendors = f.vendors().vendors().stream().filter(v -> v.vendor().needsBaa()).toList();
            if (f.vendors().vendors().isEmpty()) {
                return Findings.unknown(r, "No vendors recorded.", "Record the vendors that create, receive, maintain or transmit PHI.");
            }
            if (vendors.isEmpty()) {
                return Findings.notApplicable(r, "No recorded vendor handles PHI without an exemption.");
            }
            List<String> gaps = new ArrayList<>();
            f.vendors().withoutBaa().forEach(v -> gaps.add(v.vendor().name() + ": " + v.baa().describe().toLowerCase(Locale.ROOT) + "."));
            f.vendors().cloudServices().stream().filter(c -> c.service().holdsPhi() && !c.eligibility().ok())
                    .forEach(c -> gaps.add(c.service().serviceName() + " (" + c.providerName() + "): " + c.eligibility().explanation()
                            + (c.eligibility().explanation().endsWith(".") ? "" : ".")));
            List<String> evidence = vendors.stream().filter(v -> !v.gap()).map(v -> v.vendor().name() + ": " + v.baa().describe()).toList();
            return gaps.isEmpty() ? Findings.met(r, evidence)
                    : Findings.of(r, FindingStatus.NOT_MET, gaps, evidence,
                            "Execute (or renew) the missing agreements and move PHI off services outside their eligibility.",
                            Finding.Basis.COMPUTED);
        };
        rules.put("164.308(b)(1)", agreements);
        rules.put("164.308(b)(3)", agreements);
        rules.put("164.314(a)(2)(i)", agreements);
        rules.put("164.502(e)", agreements);
        rules.put("164.504(e)", agreements);
    }
}
