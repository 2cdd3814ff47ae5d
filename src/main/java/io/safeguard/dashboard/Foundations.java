package io.safeguard.dashboard;

import io.safeguard.identity.Member;
import io.safeguard.organization.Organization;
import io.safeguard.organization.Site;
import java.util.ArrayList;
import java.util.List;

/** The first things OCR asks of any organization, checked from its profile, members and sign-in policy. */
final class Foundations {
    private Foundations() {}

    static List<FoundationCheck> check(Organization o, List<Site> sites, List<Member> members, boolean mfaRequired) {
        String base = "/t/" + o.id();
        List<FoundationCheck> checks = new ArrayList<>();
        checks.add(new FoundationCheck("Security official named", "45 CFR 164.308(a)(2)", o.securityOfficial() != null,
                o.securityOfficial() == null ? "No one is identified as responsible for the Security Rule program."
                        : o.securityOfficial().name() + describeTitle(o.securityOfficial().title()),
                base + "/organization"));
        if (o.entityType().needsPrivacyOfficial()) {
            checks.add(new FoundationCheck("Privacy official named", "45 CFR 164.530(a)(1)", o.privacyOfficial() != null,
                    o.privacyOfficial() == null ? "A covered entity must designate a privacy official."
                            : o.privacyOfficial().name() + describeTitle(o.privacyOfficial().title()),
                    base + "/organization"));
        }
        checks.add(new FoundationCheck("Sites recorded", "45 CFR 164.310", !sites.isEmpty(),
                sites.isEmpty() ? "Record the places where ePHI is handled; physical safeguards apply per facility."
                        : sites.size() + (sites.size() == 1 ? " site" : " sites"),
                base + "/organization#sites"));
        long withoutMfa = members.stream().filter(m -> !m.account().mfaEnrolled()).count();
        checks.add(new FoundationCheck("Two-step sign-in required for Safeguard", "45 CFR 164.312(d)", mfaRequired,
                mfaRequired ? "Everyone must use an authenticator app to enter this organization."
                        : withoutMfa + " of " + members.size() + " members sign in with a password only.",
                base + "/organization#sign-in"));
        return checks;
    }

    private static String describeTitle(String title) {
        return title == null ? "" : ", " + title;
    }
}
