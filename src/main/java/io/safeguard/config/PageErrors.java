package io.safeguard.config;

import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Friendly error pages for the web UI; the API has {@link ApiProblemDetails}. Messages never carry PHI. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler
    ModelAndView on(NotFound e, HttpServletResponse response) {
        return page(response, 404, "Not found", "There is nothing here, or it belongs to an organization you are not a member of.");
    }

    @ExceptionHandler
    ModelAndView on(AccessDenied e, HttpServletResponse response) {
        return page(response, 403, "Not allowed", capitalize(e.getMessage()) + ".");
    }

    @ExceptionHandler
    ModelAndView on(BusinessRuleViolation e, HttpServletResponse response) {
        return page(response, 422, "Could not do that", e.getMessage());
    }

    private static ModelAndView page(HttpServletResponse response, int status, String title, String message) {
        response.setStatus(status);
        var view = new ModelAndView("error");
        view.addObject("status", status);
        view.addObject("title", title);
        view.addObject("message", message);
        return view;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
