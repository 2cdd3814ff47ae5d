/**
 * The security risk analysis of 164.308(a)(1)(ii)(A) and the risk management plan of 164.308(a)(1)(ii)(B): threats
 * and vulnerabilities per ePHI asset, data flow and vendor of the inventory, rated for likelihood and impact on a
 * NIST SP 800-30 style matrix; the register with treatments (the plan); dated, frozen analysis versions kept six
 * years (164.316(b)(2)(i)); completeness against HHS's 2010 risk analysis guidance; staleness when the inventory moves on.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organization", "inventory", "vendor", "catalog", "documents", "imports", "imports::cli"})
package io.safeguard.risk;
