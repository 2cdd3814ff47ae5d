package io.safeguard.shared.tabular;

/**
 * Why one value of one row cannot be imported. {@code field} is the field name (the UI shows the source column mapped
 * to it); {@code reason} is for people and never repeats the value itself, which may be PHI.
 */
public record RowError(long line, String field, String reason) {}
