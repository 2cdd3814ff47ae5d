package io.safeguard.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A breach determination as kept for the burden of proof (164.414(b)): the conclusion, the exception or the four-factor
 * assessment it rests on, the safe-harbor evidence shown at the time, who decided, when and why.
 */
public record Determination(UUID id, Conclusion conclusion, @Nullable BreachException exception, RiskAssessment assessment,
        String safeHarborBasis, String rationale, String decidedBy, LocalDate decidedOn, Instant recordedAt) {}
