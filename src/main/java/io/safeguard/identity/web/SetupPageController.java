package io.safeguard.identity.web;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The one-time setup page: offered only while no account exists, so there is never a default password. */
@Controller
class SetupPageController {
    private final AccountAdministration administration;

    SetupPageController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireSetupNeeded();
        model.addAttribute("form", new SetupForm("", "", "", ""));
        return "identity/setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult binding) {
        requireSetupNeeded();
        if (!form.password().equals(form.confirmation())) {
            binding.rejectValue("confirmation", "mismatch", "The two passwords differ.");
        }
        if (binding.hasErrors()) {
            return "identity/setup";
        }
        try {
            administration.createFirstOwner(form.email(), form.name(), form.password());
        } catch (BusinessRuleViolation e) {
            binding.reject(e.code(), e.getMessage());
            return "identity/setup";
        }
        return "redirect:/login?setup";
    }

    private void requireSetupNeeded() {
        if (!administration.setupNeeded()) {
            throw new NotFound("page", "setup");
        }
    }

    record SetupForm(
            @NotBlank(message = "Enter your name.") @Size(max = 120) String name,
            @NotBlank(message = "Enter your e-mail address.") @Size(max = 254) String email,
            @NotBlank(message = "Choose a password.") @Size(max = 128) String password,
            String confirmation) {

        @Override
        public String toString() {
            return "SetupForm[email=" + email + "]";
        }
    }
}
