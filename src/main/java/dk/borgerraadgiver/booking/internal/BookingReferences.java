package dk.borgerraadgiver.booking.internal;

import java.security.SecureRandom;

/**
 * The references citizens read out on the phone: a prefix ("B-" a booking, "H-" a home-visit request)
 * and seven characters without look-alikes (no 0/O, 1/I/L).
 */
public final class BookingReferences {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingReferences() {
    }

    public static String next(String prefix) {
        var reference = new StringBuilder(prefix);
        for (int i = 0; i < 7; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
