package dk.borgerraadgiver.organisation.internal;

import dk.borgerraadgiver.organisation.LocationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A place where the advisor meets citizens: the town hall office, the library, a department, the citizen's home. */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private @Nullable Municipality municipality;
    private String code;
    @Enumerated(EnumType.STRING)
    private LocationKind kind;
    private String name;
    private @Nullable String street;
    private @Nullable String postalCode;
    private @Nullable String city;
    @Column(name = "directions_da")
    private @Nullable String directionsDanish;
    @Column(name = "directions_en")
    private @Nullable String directionsEnglish;
    private boolean stepFree;
    private boolean active = true;

    protected Location() {
        this.code = this.name = "";
        this.kind = LocationKind.TOWN_HALL;
    }

    public Location(Municipality municipality, String code, LocationKind kind, String name,
                    @Nullable String street, @Nullable String postalCode, @Nullable String city,
                    @Nullable String directionsDanish, @Nullable String directionsEnglish, boolean stepFree) {
        this.municipality = municipality;
        this.code = code;
        this.kind = kind;
        update(name, street, postalCode, city, directionsDanish, directionsEnglish, stepFree);
    }

    public void update(String name, @Nullable String street, @Nullable String postalCode, @Nullable String city,
                       @Nullable String directionsDanish, @Nullable String directionsEnglish, boolean stepFree) {
        if (kind != LocationKind.CITIZEN_HOME && (street == null || postalCode == null || city == null)) {
            throw new IllegalArgumentException("A meeting place other than the citizen's home has an address");
        }
        if (postalCode != null && !postalCode.matches("\\d{4}")) {
            throw new IllegalArgumentException("A Danish postal code has four digits");
        }
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.directionsDanish = directionsDanish;
        this.directionsEnglish = directionsEnglish;
        this.stepFree = stepFree;
    }

    /** Retired: no longer offered for new meetings; old meetings keep it. */
    public void retire(boolean retired) {
        this.active = !retired;
    }

    public boolean active() {
        return active;
    }

    public long municipalityId() {
        return municipality == null ? 0 : municipality.id();
    }

    public @Nullable Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public @Nullable String street() {
        return street;
    }

    public @Nullable String postalCode() {
        return postalCode;
    }

    public @Nullable String city() {
        return city;
    }

    public @Nullable String directionsDanish() {
        return directionsDanish;
    }

    public @Nullable String directionsEnglish() {
        return directionsEnglish;
    }

    public boolean stepFree() {
        return stepFree;
    }
}
