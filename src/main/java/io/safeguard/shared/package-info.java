/**
 * Shared kernel: the few value types every module speaks (tenant identity, business-rule errors).
 * Nothing here depends on another module or on Spring.
 */
package io.safeguard.shared;
