package dk.borgerraadgiver.inquiry;

/** A yes/no question the citizen may also be unsure about. */
public enum Answer {
    YES, NO, UNSURE
}
