package dk.borgerraadgiver.casework.internal;

import java.util.List;
import java.util.Set;

import dk.borgerraadgiver.casework.SchemePreset;

/**
 * The two schemes the portal ships, as the seed reports describe them: the Ombudsman-based
 * statistikmodul (groups and leaves as in the Sorø and Ringsted reports) and Stevns' seven categories
 * with the sub-categories of category 4. A municipality gets a copy it can then rename and extend.
 */
public final class SchemePresets {

    /** A group and its leaves; code, Danish name, English name. */
    public record Group(String code, String nameDa, String nameEn, List<Leaf> leaves) {
    }

    /** A leaf: what a point is classified with. */
    public record Leaf(String code, String nameDa, String nameEn) {
    }

    /** Leaves a reminder on an unanswered forward is registered under, per preset. */
    public static final Set<String> REMINDER_CATEGORY_CODES = Set.of("GFS-RYKKER", "4.4");

    private SchemePresets() {
    }

    public static List<Group> of(SchemePreset preset) {
        return switch (preset) {
            case OMBUDSMAN -> ombudsman();
            case STEVNS -> stevns();
        };
    }

    private static List<Group> ombudsman() {
        return List.of(
                new Group("FVL", "Forvaltningslov og offentlighedslov", "Public Administration and Access to Information Acts", List.of(
                        leaf("FVL-PARTSHOERING", "Partshøring", "Consultation of the party"),
                        leaf("FVL-BEGRUNDELSE", "Begrundelse", "Statement of reasons"),
                        leaf("FVL-KLAGEVEJLEDNING", "Klagevejledning", "Guidance on appeal"),
                        leaf("FVL-AKTINDSIGT", "Aktindsigt", "Access to documents"),
                        leaf("FVL-NOTATPLIGT", "Notatpligt", "Duty to take notes"),
                        leaf("FVL-SAGSOPLYSNING", "Sagsoplysning", "Investigation of the case"),
                        leaf("FVL-REMONSTRATION", "Remonstration", "Reconsideration"))),
                new Group("GFS", "God forvaltningsskik", "Good administrative practice", List.of(
                        leaf("GFS-SAGSBEHANDLINGSTID", "Sagsbehandlingstid/manglende svar", "Processing time/no answer"),
                        leaf("GFS-RYKKER", "Besvarelse af rykkere", "Answering reminders"),
                        leaf("GFS-ORIENTERING", "Orientering om sagens gang", "Information on progress"),
                        leaf("GFS-KOORDINERING", "Koordineret indsats", "Coordinated effort"),
                        leaf("GFS-OPTRAEDEN", "Venlig og hensynsfuld optræden", "Courteous and considerate conduct"),
                        leaf("GFS-SPROG", "Sprogbrug, klarhed og præcision", "Language, clarity and precision"),
                        leaf("GFS-INDDRAGELSE", "Inddragelse", "Involvement"),
                        leaf("GFS-VEJLEDNING", "Vejledning", "Guidance"),
                        leaf("GFS-BETJENING", "Betjening", "Service"))),
                new Group("HJM", "Hjemmelsspørgsmål", "Legal basis", List.of(
                        leaf("HJM-AFGOERELSE", "Afgørelsens hovedindhold", "Main content of the decision"),
                        leaf("HJM-VILKAAR", "Vilkår og bibestemmelser", "Terms and conditions"),
                        leaf("HJM-SERVICENIVEAU", "Konkret serviceniveau", "Concrete service level"))),
                new Group("PRV", "Prøvelsesspørgsmål", "Questions of review", List.of(
                        leaf("PRV-SKOEN", "Skøn og vurdering", "Discretion and assessment"))),
                new Group("RET", "Retsgrundsætninger", "Legal principles", List.of(
                        leaf("RET-LIGHED", "Lighedsgrundsætningen", "Equal treatment"),
                        leaf("RET-PROPORTIONALITET", "Proportionalitetsprincippet", "Proportionality"),
                        leaf("RET-PRIVATRET", "Privatretlige spørgsmål", "Private-law questions"))),
                new Group("UB", "Under behandling", "Still being processed", List.of(
                        leaf("UB-UNDER", "Sagen er under behandling", "The case is being processed"))),
                new Group("AFV", "Afvist", "Rejected", List.of(
                        leaf("AFV-AFVIST", "Afvist", "Rejected"))));
    }

    private static List<Group> stevns() {
        return List.of(
                new Group("1", "1 Vejvisning i organisationen", "1 Signposting in the organisation", List.of()),
                new Group("2", "2 Vejledning til forståelse af afgørelsen eller andre breve",
                        "2 Guidance to understand a decision or other letters", List.of()),
                new Group("3", "3 Vejledning om regler", "3 Guidance on rules", List.of()),
                new Group("4", "4 Klager over sagsbehandling", "4 Complaints about case processing", List.of(
                        leaf("4.1", "Sagsbehandlingstid", "Processing time"),
                        leaf("4.2", "Diverse procesregler", "Procedural rules"),
                        leaf("4.3", "Manglende inddragelse/vejledning/koordinering", "Lack of involvement/guidance/coordination"),
                        leaf("4.4", "Opfølgning", "Follow-up"),
                        leaf("4.5", "Adfærd", "Conduct"),
                        leaf("4.6", "Andet", "Other"))),
                new Group("5", "5 Klager over afgørelser", "5 Complaints about decisions", List.of()),
                new Group("6", "6 Andet", "6 Other", List.of()),
                new Group("7", "7 Henvendelser som ikke kan/må behandles", "7 Inquiries that cannot be handled", List.of()));
    }

    private static Leaf leaf(String code, String nameDa, String nameEn) {
        return new Leaf(code, nameDa, nameEn);
    }
}
