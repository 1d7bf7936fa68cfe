package dk.borgerraadgiver.organisation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality's logo: a PNG the portal decoded, scaled and encoded itself, never the uploaded bytes. */
@Entity
@Table(name = "municipality_logo")
public class MunicipalityLogo {

    @Id
    private long municipalityId;
    private byte[] png;
    private Instant updatedAt;

    protected MunicipalityLogo() {
        this.png = new byte[0];
        this.updatedAt = Instant.EPOCH;
    }

    public MunicipalityLogo(long municipalityId, byte[] png, Instant updatedAt) {
        this.municipalityId = municipalityId;
        this.png = png.clone();
        this.updatedAt = updatedAt;
    }

    public byte[] png() {
        return png.clone();
    }
}
