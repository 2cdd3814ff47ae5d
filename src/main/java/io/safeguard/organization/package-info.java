/**
 * Organizations (tenants) and their profile: covered entity, business associate or hybrid entity (45 CFR 160.103,
 * 164.105), size, states, time zone, the security official (164.308(a)(2)) and privacy official (164.530(a)(1)),
 * sites; and the portfolio of organizations an account works in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.safeguard.organization;
