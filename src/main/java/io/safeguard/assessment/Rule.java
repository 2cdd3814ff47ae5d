package io.safeguard.assessment;

import io.safeguard.catalog.Requirement;

/** Evaluates one catalog row from the program's facts on the assessment date. */
@FunctionalInterface
interface Rule {
    Finding evaluate(Requirement requirement, ProgramFacts facts);
}
