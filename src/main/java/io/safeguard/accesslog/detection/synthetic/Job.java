package io.safeguard.accesslog.detection.synthetic;

/**
 * The job families of the synthetic workforce: share of the workforce, EHR events and distinct patients per working
 * day (about 1,000 events a clinician-day, per the published audit-log volumes), how likely a member works on a
 * weekday and at a weekend, and the action codes they produce (with the CRUDE action of each).
 */
enum Job {
    PHYSICIAN("Physician", -1, 0.15, 1000, 18, 0.85, 0.25, new String[] {"CHART_REVIEW", "NOTES_VIEW", "RESULTS_VIEW",
        "CHART_REVIEW", "ORDER_ENTRY", "NOTE_SIGN", "RESULTS_VIEW", "IMAGING_VIEW"}, "RRRRCURR"),
    NURSE("Registered Nurse", -1, 0.45, 1000, 12, 0.50, 0.45, new String[] {"CHART_REVIEW", "MAR_VIEW", "VITALS_ENTRY",
        "NOTES_VIEW", "MAR_ADMINISTER", "CHART_REVIEW", "RESULTS_VIEW", "FLOWSHEET_VIEW"}, "RRCRURRR"),
    REGISTRATION("Patient Access Representative", Departments.REGISTRATION, 0.10, 350, 50, 0.90, 0.20,
        new String[] {"DEMOGRAPHICS_VIEW", "INSURANCE_VIEW", "CHECK_IN", "DEMOGRAPHICS_VIEW"}, "RRUR"),
    BILLING("Billing Specialist", Departments.BILLING, 0.10, 400, 35, 0.92, 0.0,
        new String[] {"ACCOUNT_VIEW", "CLAIM_EDIT", "DEMOGRAPHICS_VIEW", "ACCOUNT_VIEW", "CODING_VIEW"}, "RURRR"),
    LAB("Medical Technologist", Departments.LABORATORY, 0.12, 500, 40, 0.60, 0.55,
        new String[] {"SPECIMEN_VIEW", "RESULTS_ENTRY", "RESULTS_VIEW", "SPECIMEN_VIEW"}, "RCRR"),
    PHARMACY("Pharmacist", Departments.PHARMACY, 0.08, 600, 45, 0.60, 0.50,
        new String[] {"ORDER_VERIFY", "MAR_VIEW", "MEDICATION_HISTORY", "CHART_REVIEW"}, "URRR");

    final String title;
    /** The department of every member, or -1 for clinicians (spread over the clinical departments). */
    final int department;
    final double share;
    final int eventsPerDay;
    final int patientsPerDay;
    final double weekday;
    final double weekend;
    final String[] codes;
    final String actions;

    Job(String title, int department, double share, int eventsPerDay, int patientsPerDay, double weekday, double weekend,
            String[] codes, String actions) {
        this.title = title;
        this.department = department;
        this.share = share;
        this.eventsPerDay = eventsPerDay;
        this.patientsPerDay = patientsPerDay;
        this.weekday = weekday;
        this.weekend = weekend;
        this.codes = codes;
        this.actions = actions;
    }
}
