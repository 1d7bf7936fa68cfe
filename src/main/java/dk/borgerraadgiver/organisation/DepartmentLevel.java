package dk.borgerraadgiver.organisation;

/** Where a department sits in the tree; outside authorities (Udbetaling Danmark …) form their own bucket. */
public enum DepartmentLevel {
    DIRECTORATE, CENTER, UNIT, OTHER_AUTHORITY
}
