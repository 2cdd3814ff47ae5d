/**
 * Vendors and business associates: who creates, receives, maintains or transmits PHI for the organization, the
 * business associate agreements that must cover them (164.308(b), 164.314(a), 164.502(e), 164.504(e)) through their
 * lifecycle, subcontractors, and cloud services checked against the providers' HIPAA-eligible lists.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization", "documents"})
package io.safeguard.vendor;
