package dk.borgerraadgiver.casework;

/** How a complaint point was handled: by the dialogue principle, a meeting, an investigation, or rejected. */
public enum Handling {
    DIALOGUE_FORWARDED, DIALOGUE_INFORMAL, MEETING, INVESTIGATION, REJECTED
}
