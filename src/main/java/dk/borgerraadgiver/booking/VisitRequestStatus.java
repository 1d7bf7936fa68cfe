package dk.borgerraadgiver.booking;

/** Where a home-visit request stands: waiting, accepted (a booking exists), another time proposed, or declined. */
public enum VisitRequestStatus {
    REQUESTED, ACCEPTED, OTHER_TIME_PROPOSED, DECLINED
}
