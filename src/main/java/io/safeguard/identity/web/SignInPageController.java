package io.safeguard.identity.web;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.AccountPrincipal;
import io.safeguard.identity.SecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security processes its form) and the TOTP step that follows a correct password. */
@Controller
class SignInPageController {
    private final AccountAdministration administration;
    private final SecondFactor secondFactor;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    SignInPageController(AccountAdministration administration, SecondFactor secondFactor) {
        this.administration = administration;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/login")
    String login() {
        return administration.setupNeeded() ? "redirect:/setup" : "identity/login";
    }

    @GetMapping("/login/totp")
    String totpForm() {
        return "identity/login-totp";
    }

    @PostMapping("/login/totp")
    String totp(@RequestParam(defaultValue = "") String code, Authentication pending, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var principal = (AccountPrincipal) pending.getPrincipal();
        var full = secondFactor.verify(principal.id(), code);
        if (full.isEmpty()) {
            if (administration.locked(principal.id())) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:/login?locked";
            }
            model.addAttribute("error", "That code is not right, or was already used. Enter the current code from your app.");
            return "identity/login-totp";
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full.get());
        SecurityContextHolder.setContext(context);
        request.changeSessionId(); // a new session id once fully signed in (session fixation)
        contexts.saveContext(context, request, response);
        var saved = savedRequests.getRequest(request, response);
        return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
    }
}
