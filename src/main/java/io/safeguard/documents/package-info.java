/**
 * Policies and procedures with their versions, approvals, effective and review dates (164.316), and evidence files
 * stored once per SHA-256 with who uploaded them, when, and the date they speak for; six-year retention from the
 * later of creation and last effect, and legal hold (164.316(b)(2)(i), 164.530(j)(2)). Nothing retained is deleted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "organization"})
package io.safeguard.documents;
