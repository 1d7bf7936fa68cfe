package dk.borgerraadgiver.booking.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dk.borgerraadgiver.booking.MeetingKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A way to meet the advisor in one municipality, with its own place, slot length and weekly hours. */
@Entity
@Table(name = "meeting_type")
public class MeetingType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long municipalityId;
    private long advisorId;
    private @Nullable Long locationId;
    private String code;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    @Column(name = "name_da")
    private String nameDanish;
    @Column(name = "name_en")
    private String nameEnglish;
    @Column(name = "description_da")
    private String descriptionDanish;
    @Column(name = "description_en")
    private String descriptionEnglish;
    private int slotMinutes;
    private int bufferMinutes;
    private int minimumNoticeHours;
    private int horizonDays;
    private int sortOrder;
    private boolean active;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "meeting_type_id", nullable = false)
    private List<WeeklyHoursEntry> weeklyHours = new ArrayList<>();

    protected MeetingType() {
        this.code = this.nameDanish = this.nameEnglish = this.descriptionDanish = this.descriptionEnglish = "";
        this.kind = MeetingKind.IN_PERSON;
    }

    public MeetingType(long municipalityId, long advisorId, @Nullable Long locationId, String code, MeetingKind kind,
                       String nameDanish, String nameEnglish, String descriptionDanish, String descriptionEnglish,
                       int slotMinutes, int bufferMinutes, int minimumNoticeHours, int horizonDays, int sortOrder) {
        if (slotMinutes < 5 || bufferMinutes < 0 || minimumNoticeHours < 0 || horizonDays < 1) {
            throw new IllegalArgumentException("Slot length, buffer, notice and horizon must be sensible");
        }
        this.municipalityId = municipalityId;
        this.advisorId = advisorId;
        this.locationId = locationId;
        this.code = code;
        this.kind = kind;
        this.nameDanish = nameDanish;
        this.nameEnglish = nameEnglish;
        this.descriptionDanish = descriptionDanish;
        this.descriptionEnglish = descriptionEnglish;
        this.slotMinutes = slotMinutes;
        this.bufferMinutes = bufferMinutes;
        this.minimumNoticeHours = minimumNoticeHours;
        this.horizonDays = horizonDays;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public void changeSettings(int slotMinutes, int bufferMinutes, int minimumNoticeHours, int horizonDays) {
        if (slotMinutes < 5 || slotMinutes > 480 || bufferMinutes < 0 || bufferMinutes > 240
                || minimumNoticeHours < 0 || minimumNoticeHours > 720 || horizonDays < 1 || horizonDays > 366) {
            throw new IllegalArgumentException("Slot length, buffer, notice and horizon must be sensible");
        }
        this.slotMinutes = slotMinutes;
        this.bufferMinutes = bufferMinutes;
        this.minimumNoticeHours = minimumNoticeHours;
        this.horizonDays = horizonDays;
    }

    public void replaceWeeklyHours(List<WeeklyHoursEntry> entries) {
        weeklyHours.clear();
        weeklyHours.addAll(entries);
    }

    public MeetingType addWeeklyHours(WeeklyHoursEntry entry) {
        weeklyHours.add(entry);
        return this;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Meeting type not saved yet");
        }
        return id;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public long advisorId() {
        return advisorId;
    }

    public @Nullable Long locationId() {
        return locationId;
    }

    public String code() {
        return code;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String nameDanish() {
        return nameDanish;
    }

    public String nameEnglish() {
        return nameEnglish;
    }

    public String descriptionDanish() {
        return descriptionDanish;
    }

    public String descriptionEnglish() {
        return descriptionEnglish;
    }

    public Duration slotLength() {
        return Duration.ofMinutes(slotMinutes);
    }

    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    public Duration minimumNotice() {
        return Duration.ofHours(minimumNoticeHours);
    }

    public Duration horizon() {
        return Duration.ofDays(horizonDays);
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }

    public List<WeeklyHoursEntry> weeklyHours() {
        return List.copyOf(weeklyHours);
    }
}
