package io.safeguard.dashboard;

/** One item of the program's foundations, with the rule it rests on and where to fix it. */
public record FoundationCheck(String title, String citation, boolean met, String detail, String fixPath) {}
