package dk.borgerraadgiver.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dk.borgerraadgiver.organisation.internal.Location;
import dk.borgerraadgiver.organisation.internal.LocationRepository;
import dk.borgerraadgiver.organisation.internal.MunicipalityRepository;
import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the advisor meets citizens — the town hall office, the library, other places, "at the
 * citizen's home" — as an administrator keeps them: add, edit, retire (old meetings keep their place).
 */
@Service
@PreAuthorize(StaffRoles.ADMINISTRATOR)
public class MeetingPlaceAdministration {

    private final LocationRepository locations;
    private final MunicipalityRepository municipalities;
    private final StaffScope scope;
    private final AdministrativeChanges changes;

    MeetingPlaceAdministration(LocationRepository locations, MunicipalityRepository municipalities, StaffScope scope,
                               AdministrativeChanges changes) {
        this.locations = locations;
        this.municipalities = municipalities;
        this.scope = scope;
        this.changes = changes;
    }

    /** A meeting place's editable facts, as the form's bean. */
    public static class PlaceForm {
        private LocationKind kind = LocationKind.TOWN_HALL;
        private String name = "";
        private String street = "";
        private String postalCode = "";
        private String city = "";
        private String directionsDanish = "";
        private String directionsEnglish = "";
        private boolean stepFree = true;

        public static PlaceForm of(MeetingPlace place) {
            var form = new PlaceForm();
            form.kind = place.kind();
            form.name = place.name();
            form.street = Objects.requireNonNullElse(place.street(), "");
            form.postalCode = Objects.requireNonNullElse(place.postalCode(), "");
            form.city = Objects.requireNonNullElse(place.city(), "");
            form.directionsDanish = Objects.requireNonNullElse(place.directionsDanish(), "");
            form.directionsEnglish = Objects.requireNonNullElse(place.directionsEnglish(), "");
            form.stepFree = place.stepFree();
            return form;
        }

        public LocationKind getKind() { return kind; }
        public void setKind(LocationKind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = strip(name); }
        public String getStreet() { return street; }
        public void setStreet(String street) { this.street = strip(street); }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String postalCode) { this.postalCode = strip(postalCode); }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = strip(city); }
        public String getDirectionsDanish() { return directionsDanish; }
        public void setDirectionsDanish(String text) { this.directionsDanish = strip(text); }
        public String getDirectionsEnglish() { return directionsEnglish; }
        public void setDirectionsEnglish(String text) { this.directionsEnglish = strip(text); }
        public boolean isStepFree() { return stepFree; }
        public void setStepFree(boolean stepFree) { this.stepFree = stepFree; }

        private static String strip(@Nullable String text) {
            return text == null ? "" : text.strip();
        }
    }

    @Transactional(readOnly = true)
    public List<MeetingPlace> places(long municipalityId) {
        scope.requireServes(municipalityId);
        return locations.findByMunicipalityId(municipalityId).stream().map(MunicipalityDirectory::meetingPlace)
                .sorted(Comparator.comparing(MeetingPlace::kind).thenComparing(MeetingPlace::name)).toList();
    }

    @Transactional
    public long add(long municipalityId, PlaceForm form) {
        scope.requireServes(municipalityId);
        check(form);
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var location = locations.save(new Location(municipality, codeFor(municipalityId, form.kind), form.kind, form.name,
                orNull(form.street), orNull(form.postalCode), orNull(form.city), orNull(form.directionsDanish),
                orNull(form.directionsEnglish), form.stepFree));
        changes.record(municipalityId, "MEETING_PLACE", form.name, describe(new PlaceForm(), form).note("oprettet"));
        return Objects.requireNonNull(location.id());
    }

    @Transactional
    public void update(long placeId, PlaceForm form) {
        var location = served(placeId);
        form.kind = location.kind();
        check(form);
        var before = PlaceForm.of(MunicipalityDirectory.meetingPlace(location));
        location.update(form.name, orNull(form.street), orNull(form.postalCode), orNull(form.city),
                orNull(form.directionsDanish), orNull(form.directionsEnglish), form.stepFree);
        changes.record(location.municipalityId(), "MEETING_PLACE", form.name, describe(before, form));
    }

    @Transactional
    public void retire(long placeId, boolean retired) {
        var location = served(placeId);
        var before = location.active();
        location.retire(retired);
        changes.record(location.municipalityId(), "MEETING_PLACE", location.name(),
                new AdministrativeChanges.Diff().field("aktiv", before ? "ja" : "nej", retired ? "nej" : "ja"));
    }

    private static void check(PlaceForm form) {
        if (form.name.isEmpty() || form.name.length() > 150) {
            throw new MunicipalityRefusedException("name", "admin.place.error.name");
        }
        if (form.kind != LocationKind.CITIZEN_HOME) {
            if (form.street.isEmpty() || form.street.length() > 150) {
                throw new MunicipalityRefusedException("street", "admin.place.error.street");
            }
            if (!form.postalCode.matches("\\d{4}")) {
                throw new MunicipalityRefusedException("postalCode", "admin.place.error.postalCode");
            }
            if (form.city.isEmpty() || form.city.length() > 60) {
                throw new MunicipalityRefusedException("city", "admin.place.error.city");
            }
        }
        if (form.directionsDanish.length() > 500 || form.directionsEnglish.length() > 500) {
            throw new MunicipalityRefusedException("directionsDanish", "admin.place.error.directions");
        }
    }

    private String codeFor(long municipalityId, LocationKind kind) {
        var base = switch (kind) {
            case TOWN_HALL -> "RADHUS";
            case LIBRARY -> "BIBLIOTEK";
            case DEPARTMENT -> "STED";
            case CITIZEN_HOME -> "HJEMME";
        };
        var code = base;
        for (int n = 2; locations.existsByMunicipalityIdAndCode(municipalityId, code); n++) {
            code = base + n;
        }
        return code;
    }

    private Location served(long placeId) {
        var location = locations.findById(placeId).orElseThrow();
        scope.requireServes(location.municipalityId());
        return location;
    }

    private static AdministrativeChanges.Diff describe(PlaceForm before, PlaceForm after) {
        return new AdministrativeChanges.Diff()
                .field("slags", before.kind == after.kind && before.name.isEmpty() ? null : before.kind, after.kind)
                .field("navn", before.name, after.name)
                .field("adresse", before.street + " " + before.postalCode + " " + before.city,
                        after.street + " " + after.postalCode + " " + after.city)
                .field("vejviser (da)", before.directionsDanish, after.directionsDanish)
                .field("vejviser (en)", before.directionsEnglish, after.directionsEnglish)
                .field("trinfri", before.stepFree ? "ja" : "nej", after.stepFree ? "ja" : "nej");
    }

    private static @Nullable String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
