package io.safeguard.incident;

import io.safeguard.organization.Official;
import io.safeguard.organization.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A draft of the notice to individuals with every element of 164.404(c)(1) (regulation.md 2.4), filled from the
 * incident; where a fact is missing the element says so in a clearly marked placeholder. When contact information is
 * missing for 10 or more individuals, the substitute-notice rules of 164.404(d)(2) are added as guidance (2.5).
 */
public record NoticeDraft(String organization, String incidentCode, LocalDate preparedOn, List<Element> elements,
        @Nullable String substituteNotice, int placeholders) {

    public static final String PLACEHOLDER = "[TO COMPLETE: ";

    /** One required element: its letter, the citation, the text, and whether it still holds a placeholder. */
    public record Element(String letter, String heading, String citation, String text, boolean placeholder) {}

    public static NoticeDraft of(Organization organization, Incident incident, LocalDate preparedOn) {
        var d = incident.details();
        List<Element> elements = new ArrayList<>();
        String when = d.occurredTo() == null || d.occurredTo().equals(d.occurredFrom())
                ? "on " + d.occurredFrom() : "between " + d.occurredFrom() + " and " + d.occurredTo();
        elements.add(element("A", "What happened", "164.404(c)(1)(A)",
                d.whatHappened() + " The incident happened " + when + " and was discovered on " + d.discoveredOn() + "."));
        elements.add(element("B", "What information was involved", "164.404(c)(1)(B)", d.phiTypes().isEmpty()
                ? placeholder("list the types of unsecured PHI involved, such as full name, Social Security number, date of birth, "
                        + "home address, account number, diagnosis or disability code")
                : "The information involved: " + String.join(", ", d.phiTypes()).toLowerCase(Locale.ROOT) + "."));
        String steps = "Review the statements you receive from your health plan and health care providers, and report any service "
                + "you did not receive. Keep this letter for your records.";
        boolean identityTheft = d.phiTypes().stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.contains("social security") || t.contains("ssn") || t.contains("account") || t.contains("financial"));
        if (identityTheft) {
            steps += " Because financial or identity information was involved, place a fraud alert or security freeze with the "
                    + "credit bureaus and check your credit reports at annualcreditreport.com. "
                    + placeholder("state any credit monitoring offered, its provider, duration and how to enroll");
        }
        elements.add(element("C", "What you can do", "164.404(c)(1)(C)", steps));
        List<String> actions = incident.timeline().stream().map(e -> e.happenedOn() + ": " + e.text()).toList();
        elements.add(element("D", "What we are doing", "164.404(c)(1)(D)", actions.isEmpty()
                ? placeholder("describe what is being done to investigate, to mitigate harm and to protect against further breaches")
                : "We are investigating the incident, mitigating harm and protecting against further breaches. Actions so far: "
                        + String.join("; ", actions) + "."));
        Official privacy = organization.privacyOfficial();
        String contact = "For more information, call our toll-free number " + placeholder("toll-free telephone number") + ", "
                + (privacy != null && privacy.email() != null ? "e-mail " + privacy.name() + " at " + privacy.email()
                        : placeholder("e-mail address, web site or postal address")) + ".";
        elements.add(element("E", "For more information", "164.404(c)(1)(E)", contact));
        String substitute = d.missingContact() >= 10
                ? "Contact information is missing or out of date for " + d.missingContact() + " individuals (10 or more): give substitute "
                        + "notice either by a conspicuous posting on the home page of your web site for 90 days or by conspicuous "
                        + "notice in major print or broadcast media where the individuals likely reside, in both cases with a "
                        + "toll-free number active for at least 90 days where an individual can learn whether their information "
                        + "was involved (164.404(d)(2)(ii))."
                : d.missingContact() > 0
                        ? "Contact information is missing for " + d.missingContact() + " individuals (fewer than 10): substitute notice by "
                                + "an alternative form of written notice, telephone or other means (164.404(d)(2)(i))."
                        : null;
        int open = (int) elements.stream().filter(Element::placeholder).count();
        return new NoticeDraft(organization.name(), incident.code(), preparedOn, elements, substitute, open);
    }

    private static Element element(String letter, String heading, String citation, String text) {
        return new Element(letter, heading, citation, text, text.contains(PLACEHOLDER));
    }

    private static String placeholder(String what) {
        return PLACEHOLDER + what + "]";
    }
}
