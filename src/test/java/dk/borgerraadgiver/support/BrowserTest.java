package dk.borgerraadgiver.support;

/** A browser journey against the shared test portal (real MariaDB, demo data, GreenMail). */
@PortalIntegrationTest
public abstract class BrowserTest extends BrowserJourney {
}
