package dk.borgerraadgiver.organisation;

/** A municipality as listed to citizens and staff. */
public record MunicipalitySummary(long id, String code, String slug, String name) {
}
