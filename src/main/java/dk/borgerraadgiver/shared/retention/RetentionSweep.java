package dk.borgerraadgiver.shared.retention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Erases one kind of personal data that is older than a cut-off, in the module that owns it. The
 * retention module computes the cut-off from the municipality's rule and calls {@link #due} for its
 * preview and {@link #erase} in the nightly run; both select the same rows.
 */
public interface RetentionSweep {

    RetentionKind kind();

    /** How many items {@link #erase} would erase now; the municipality is null for installation-wide kinds. */
    long due(@Nullable Long municipalityId, Instant cutoff);

    /** Erases what is due and returns how many items were erased. */
    long erase(@Nullable Long municipalityId, Instant cutoff);
}
