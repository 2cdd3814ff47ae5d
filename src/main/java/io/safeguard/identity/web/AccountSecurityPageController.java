package io.safeguard.identity.web;

import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.TotpEnrolment;
import io.safeguard.shared.BusinessRuleViolation;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own sign-in security: turning TOTP multi-factor sign-in on (scan, confirm) and off. */
@Controller
class AccountSecurityPageController {
    private static final String PENDING = "pendingTotp";
    private final TotpEnrolment enrolment;

    AccountSecurityPageController(TotpEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    @GetMapping("/account/security")
    String page(@AuthenticationPrincipal AccountPrincipal account, HttpSession session, Model model) {
        boolean enrolled = enrolment.enrolled(account.id());
        model.addAttribute("enrolled", enrolled);
        if (!enrolled) {
            // The pending secret lives in the session only; it is stored once a code proves the app has it.
            var pending = session.getAttribute(PENDING) instanceof TotpEnrolment.Pending p ? p : enrolment.start(account.id());
            session.setAttribute(PENDING, pending);
            model.addAttribute("pending", pending);
        }
        return "identity/security";
    }

    @PostMapping("/account/security/totp")
    String confirm(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(defaultValue = "") String code,
            HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof TotpEnrolment.Pending pending)) {
            return "redirect:/account/security";
        }
        try {
            enrolment.confirm(account.id(), pending.secret(), code);
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("notice",
                    "Two-step sign-in is on. From your next sign-in, Safeguard asks for a code from your app.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account/security";
    }

    @PostMapping("/account/security/totp/disable")
    String disable(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(defaultValue = "") String code,
            RedirectAttributes redirect) {
        try {
            enrolment.disable(account.id(), code);
            redirect.addFlashAttribute("notice", "Two-step sign-in is off.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account/security";
    }
}
