package dk.borgerraadgiver.casework;

/** The criticism scale of an investigation's statement, mildest first (uheldigt … stærkt kritisabelt). */
public enum CriticismLevel {
    UNFORTUNATE, REGRETTABLE, VERY_REGRETTABLE, CENSURABLE, VERY_CENSURABLE, STRONGLY_CENSURABLE
}
