/**
 * The organization's workforce (164.308(a)(3), (a)(4), (a)(5)): the roster from HR, training and its annual and
 * new-hire windows, access grants per system, and the time from termination to revocation in each system.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization"})
package io.safeguard.workforce;
