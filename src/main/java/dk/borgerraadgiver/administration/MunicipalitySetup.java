package dk.borgerraadgiver.administration;

import java.util.Optional;

import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalitySettings;
import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new municipality in one step: its settings and its classification scheme (the statistikmodul
 * or Stevns' categories), so that cases can be classified from the first day. Both or neither.
 */
@Service
@PreAuthorize(StaffRoles.ADMINISTRATOR)
public class MunicipalitySetup {

    private final MunicipalityAdministration municipalities;
    private final ClassificationSchemes schemes;

    private final AdministrativeChanges changes;

    MunicipalitySetup(MunicipalityAdministration municipalities, ClassificationSchemes schemes, AdministrativeChanges changes) {
        this.changes = changes;
        this.municipalities = municipalities;
        this.schemes = schemes;
    }

    @Transactional
    public long create(MunicipalitySettings settings, SchemePreset scheme) {
        var id = municipalities.create(settings);
        schemes.applyPreset(id, scheme);
        changes.record(id, "MUNICIPALITY", settings.getName(), new AdministrativeChanges.Diff().set("klassifikationsskema", scheme));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<SchemePreset> scheme(long municipalityId) {
        return schemes.preset(municipalityId);
    }
}
