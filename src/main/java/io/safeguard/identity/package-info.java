/**
 * Platform accounts and their roles per organization, sign-in (password + TOTP, lock-out, idle logoff), API tokens,
 * and the platform's own activity trail. Safeguard holds PHI and breach facts, so it meets 164.312(a)(2)(iii)
 * automatic logoff, 164.312(b) audit controls and 164.312(d) person or entity authentication itself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.safeguard.identity;
