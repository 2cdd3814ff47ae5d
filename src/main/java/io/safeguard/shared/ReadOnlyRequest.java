package io.safeguard.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST handler that changes nothing: it is posted only so that what it carries (patient or user ids, which are
 * PHI) stays out of URLs, browser history and logs. Read-only roles may call it like a GET; the service it calls still
 * checks {@link Permission#VIEW}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnlyRequest {}
