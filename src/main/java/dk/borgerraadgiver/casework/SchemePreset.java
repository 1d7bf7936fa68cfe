package dk.borgerraadgiver.casework;

/** The classification schemes a municipality can start from; after that the categories are its own data. */
public enum SchemePreset {
    /** The statistikmodul built on the Parliamentary Ombudsman's principles; categories for complaints. */
    OMBUDSMAN(false),
    /** Stevns' seven categories, which classify every inquiry, with sub-categories of category 4. */
    STEVNS(true);

    private final boolean categorisesAllKinds;

    SchemePreset(boolean categorisesAllKinds) {
        this.categorisesAllKinds = categorisesAllKinds;
    }

    public boolean categorisesAllKinds() {
        return categorisesAllKinds;
    }
}
