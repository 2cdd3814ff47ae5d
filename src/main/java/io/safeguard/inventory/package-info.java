/**
 * The inventory of everything that creates, receives, maintains or transmits ePHI (the scope of the risk analysis,
 * 164.308(a)(1)(ii)(A)): assets with their encryption (164.312(a)(2)(iv), (e)(2)(ii)) and key custody, audit logging
 * (164.312(b)), backups (164.308(a)(7)(ii)(A)); the dated encryption history that decides the breach safe harbor;
 * and the data flows between assets and outside parties.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization"})
package io.safeguard.inventory;
