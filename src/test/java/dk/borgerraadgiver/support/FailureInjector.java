package dk.borgerraadgiver.support;

import dk.borgerraadgiver.inquiry.InquirySubmitted;
import org.springframework.context.event.EventListener;

/**
 * Makes the next inquiry fail after its rows and files are written (it listens to the event inside
 * the submitting transaction), to prove that the rollback takes the files with it.
 */
public class FailureInjector {

    private static volatile boolean failNext;

    public static void failNext(boolean fail) {
        failNext = fail;
    }

    @EventListener
    void on(InquirySubmitted event) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("Injected failure after the inquiry was written");
        }
    }
}
