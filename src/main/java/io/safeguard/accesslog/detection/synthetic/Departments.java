package io.safeguard.accesslog.detection.synthetic;

/** Departments by number: the clinical ones first (inpatient units, the emergency department, primary care). */
final class Departments {
    static final String[] NAMES = {"Internal Medicine", "Surgery", "Emergency", "Pediatrics", "Cardiology", "Oncology",
        "Obstetrics", "Primary Care", "Registration", "Patient Financial Services", "Laboratory", "Pharmacy"};
    static final String[] FACILITY = {"Main Campus", "Main Campus", "Main Campus", "Main Campus", "Main Campus",
        "Cancer Center", "Main Campus", "North Clinic", "Main Campus", "Business Office", "Main Campus", "Main Campus"};
    /** How the clinicians spread over the clinical departments. */
    static final double[] CLINICAL_WEIGHT = {0.22, 0.15, 0.15, 0.10, 0.10, 0.08, 0.08, 0.12};
    static final int CLINICAL = 8;
    /** Departments with beds (admissions and a census); Primary Care has appointments instead. */
    static final int INPATIENT = 7;
    static final int EMERGENCY = 2;
    static final int PRIMARY_CARE = 7;
    static final int REGISTRATION = 8;
    static final int BILLING = 9;
    static final int LABORATORY = 10;
    static final int PHARMACY = 11;

    private Departments() {}
}
