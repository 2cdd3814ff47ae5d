/**
 * Shared kernel: the few value types and contracts every module speaks (tenant identity, roles, citations,
 * business-rule errors, the bulk-import and bundle contracts in {@code tabular} and {@code bundle}). Nothing here
 * depends on another module; the module is open, so its sub-packages are part of its API.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.safeguard.shared;
