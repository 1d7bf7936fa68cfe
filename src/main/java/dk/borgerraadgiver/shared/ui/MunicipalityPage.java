package dk.borgerraadgiver.shared.ui;

import java.util.Optional;

/**
 * A citizen page whose address carries no municipality (a private link: /booking/…, /henvendelse/…,
 * /besked/…) but whose content belongs to one. The citizen layout asks it after navigation, so the
 * header and footer show that municipality's name, logo, phone, e-mail and address — also when the
 * link has expired or too many codes were tried.
 */
public interface MunicipalityPage {

    /** The municipality the page belongs to, once the link is read; empty for an unknown link. */
    Optional<Long> municipalityId();
}
