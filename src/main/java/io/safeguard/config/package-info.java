/**
 * Wiring only: the clock, the security filter chains, tenant resolution for every tenant URL, error translation
 * (RFC 9457 problem details on the API, friendly pages in the UI) and request limits.
 */
package io.safeguard.config;
