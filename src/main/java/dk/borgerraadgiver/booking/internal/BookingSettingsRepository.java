package dk.borgerraadgiver.booking.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BookingSettingsRepository extends JpaRepository<BookingSettings, Long> {
}
