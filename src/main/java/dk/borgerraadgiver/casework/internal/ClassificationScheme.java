package dk.borgerraadgiver.casework.internal;

import dk.borgerraadgiver.casework.SchemePreset;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which preset a municipality's scheme started from, and whether every kind of point needs a category. */
@Entity
@Table(name = "classification_scheme")
public class ClassificationScheme {

    @Id
    private long municipalityId;
    @Enumerated(EnumType.STRING)
    private SchemePreset preset;
    private boolean categorisesAllKinds;

    protected ClassificationScheme() {
        this.preset = SchemePreset.OMBUDSMAN;
    }

    public ClassificationScheme(long municipalityId, SchemePreset preset) {
        this.municipalityId = municipalityId;
        this.preset = preset;
        this.categorisesAllKinds = preset.categorisesAllKinds();
    }

    public long municipalityId() { return municipalityId; }
    public SchemePreset preset() { return preset; }
    public boolean categorisesAllKinds() { return categorisesAllKinds; }
}
