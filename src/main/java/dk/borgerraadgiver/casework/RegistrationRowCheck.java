package dk.borgerraadgiver.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.internal.ImportedRow;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rows of an import file one by one, without a database: what it needs to know (codes,
 * served municipalities, rows imported before) it asks {@link Codes}. It remembers only keys, so memory
 * grows with the number of rows, not with their content. A row that passes goes to the writer, if any.
 */
final class RegistrationRowCheck {

    /** What the check looks up; the import answers from the database, a test from memory. */
    interface Codes {
        @Nullable MunicipalitySummary municipality(String code);

        boolean serves(long municipalityId);

        /** The municipality's classification scheme by category code. */
        Map<String, CategoryNode> categories(long municipalityId);

        /** The municipality's departments: id by code. */
        Map<String, Long> departments(long municipalityId);

        boolean categorisesAllKinds(long municipalityId);

        /** Row keys of main rows imported before into this municipality. */
        Set<String> importedKeys(long municipalityId);

        /** The pseudonymous key for a citizen identifier of the file. */
        String citizenKey(String identifier);
    }

    /** Where in the file each part of a complete classification goes. */
    private static final Map<ClosingProblem, String> COLUMN_OF = Map.of(
            ClosingProblem.DEPARTMENT_MISSING, "afdeling", ClosingProblem.CATEGORY_MISSING, "kategori",
            ClosingProblem.HANDLING_MISSING, "behandling", ClosingProblem.REASON_MISSING, "grund",
            ClosingProblem.STATEMENT_DATE_MISSING, "udtalelse");

    private final Codes codes;
    private final LocalDate today;
    final List<RegistrationImport.Problem> problems = new ArrayList<>();
    /** Questionable but valid rows: shown before the import, never refused. */
    final List<RegistrationImport.Problem> warnings = new ArrayList<>();
    final Map<String, LocalDate> mainDates = new HashMap<>();
    @Nullable LocalDate firstDay;
    @Nullable LocalDate lastDay;
    final Map<String, String> mainCitizens = new HashMap<>();
    int moreProblems;
    @Nullable List<String> missingColumns;
    int rows;
    int cases;
    int points;
    int alreadyImported;
    final Map<String, Integer> pointsPerMunicipality = new TreeMap<>();
    final Set<String> rowKeys = new HashSet<>();
    final Map<String, Long> mainMunicipality = new HashMap<>();
    final Set<String> skippedMains = new HashSet<>();
    final Map<Long, Map<String, CategoryNode>> categories = new HashMap<>();
    final Map<Long, Map<String, Long>> departments = new HashMap<>();
    final Map<Long, Set<String>> existing = new HashMap<>();
    final Map<Long, Boolean> categorisesAllKinds = new HashMap<>();
    final Set<String> mainsWithoutWork = new HashSet<>();

    RegistrationRowCheck(Codes codes, LocalDate today) {
        this.codes = codes;
        this.today = today;
    }

    void row(RegistrationFormat.Line line, @Nullable Consumer<ImportedRow> writer) {
        rows++;
        int before = problems.size() + moreProblems;
        var municipalityCode = line.get("kommune");
        var municipality = codes.municipality(municipalityCode);
        if (municipality == null) {
            problem(line, "kommune", "import.error.municipality", municipalityCode);
            return;
        }
        if (!codes.serves(municipality.id())) {
            problem(line, "kommune", "import.error.notServed", municipality.name());
            return;
        }
        long mid = municipality.id();
        var rowKey = line.get("raekke");
        if (rowKey.isEmpty() || rowKey.length() > 60) {
            problem(line, "raekke", "import.error.rowKey");
        } else if (!rowKeys.add(rowKey)) {
            problem(line, "raekke", "import.error.duplicate", rowKey);
        }
        var mainKey = line.get("hovedraekke");
        if (!mainKey.isEmpty()) {
            var mainOf = mainMunicipality.get(mainKey);
            if (mainOf == null) {
                problem(line, "hovedraekke", "import.error.noMain", mainKey);
            } else if (mainOf != mid) {
                problem(line, "hovedraekke", "import.error.mainElsewhere", mainKey);
            }
        }
        var date = date(line, "dato", true);
        if (date != null && date.isAfter(today)) {
            problem(line, "dato", "import.error.future", line.get("dato"));
        }
        var channel = enumValue(line, "kanal", Channel.class, true);
        var citizen = line.get("borgernoegle");
        if (citizen.isEmpty() && mainKey.isEmpty()) {
            problem(line, "borgernoegle", "import.error.required.borgernoegle");
        }
        boolean noWork = false;
        try {
            noWork = RegistrationFormat.flag(line.get("ingen_sagsbehandling"));
        } catch (IllegalArgumentException e) {
            problem(line, "ingen_sagsbehandling", "import.error.flag", line.get("ingen_sagsbehandling"));
        }
        // A follow-up row is a point, so it has a kind; so has a main row, unless its case needed no real work.
        boolean caseWithoutWork = mainKey.isEmpty() ? noWork : mainsWithoutWork.contains(mainKey);
        var kind = enumValue(line, "art", PointKind.class, !mainKey.isEmpty() || !caseWithoutWork);
        var reason = enumValue(line, "grund", CannotHandleReason.class, false);
        Long category = null;
        var categoryCode = line.get("kategori");
        if (!categoryCode.isEmpty()) {
            var node = categories.computeIfAbsent(mid, codes::categories).get(categoryCode);
            if (node == null || !node.leaf()) {
                problem(line, "kategori", "import.error.category", categoryCode, municipality.name());
            } else {
                category = node.id();
            }
        }
        Long department = null;
        var departmentCode = line.get("afdeling");
        if (!departmentCode.isEmpty()) {
            department = departments.computeIfAbsent(mid, codes::departments).get(departmentCode);
            if (department == null) {
                problem(line, "afdeling", "import.error.department", departmentCode, municipality.name());
            }
        }
        var handling = enumValue(line, "behandling", Handling.class, false);
        var statementOn = date(line, "udtalelse", false);
        var criticism = enumValue(line, "kritik", CriticismLevel.class, false);
        var forwardedOn = date(line, "videresendt", false);
        var deadline = date(line, "svarfrist", forwardedOn != null);
        var answeredOn = date(line, "besvaret", false);
        if (forwardedOn != null && !mainKey.isEmpty()) {
            problem(line, "videresendt", "import.error.forwardOnFollowUp");
        }
        if (kind != null && !caseWithoutWork && problems.size() + moreProblems == before) {
            // Imported cases are closed: a point must be as completely classified as closing a case asks.
            var point = new PointClassification(mainKey.isEmpty(), kind, reason, category, department, handling,
                    statementOn, criticism, null, null);
            boolean allKinds = categorisesAllKinds.computeIfAbsent(mid, codes::categorisesAllKinds);
            for (var missing : ClassificationRules.missingFrom(point, allKinds)) {
                problem(line, COLUMN_OF.get(missing), "import.error.missing." + missing.name());
            }
        }
        if (mainKey.isEmpty() && noWork) {
            mainsWithoutWork.add(rowKey);
        }
        warnIfQuestionable(line, mainKey, rowKey, date, citizen, noWork, handling, statementOn, criticism, forwardedOn,
                deadline, answeredOn);
        if (problems.size() + moreProblems > before || date == null || channel == null) {
            return;
        }
        firstDay = firstDay == null || date.isBefore(firstDay) ? date : firstDay;
        lastDay = lastDay == null || date.isAfter(lastDay) ? date : lastDay;
        var existingKeys = existing.computeIfAbsent(mid, codes::importedKeys);
        if (mainKey.isEmpty()) {
            mainMunicipality.put(rowKey, mid);
            if (existingKeys.contains(rowKey)) {
                skippedMains.add(rowKey);
                alreadyImported++;
                return;
            }
            cases++;
        } else if (skippedMains.contains(mainKey)) {
            alreadyImported++;
            return;
        }
        if (kind != null) {
            points++;
            pointsPerMunicipality.merge(municipalityCode, 1, Integer::sum);
        }
        if (writer != null) {
            writer.accept(new ImportedRow(mid, rowKey, mainKey.isEmpty() ? null : mainKey, date, channel,
                    citizen.matches("[0-9a-f]{16}") ? citizen : codes.citizenKey(citizen.isEmpty() ? rowKey : citizen),
                    kind, reason, category, department, handling, statementOn, criticism, noWork, forwardedOn, deadline,
                    answeredOn));
        }
    }

    private @Nullable LocalDate date(RegistrationFormat.Line line, String column, boolean required) {
        var value = line.get(column);
        if (value.isEmpty()) {
            if (required) {
                problem(line, column, "import.error.required." + column);
            }
            return null;
        }
        try {
            return RegistrationFormat.date(value);
        } catch (IllegalArgumentException e) {
            problem(line, column, "import.error.date", value);
            return null;
        }
    }

    private <E extends Enum<E>> @Nullable E enumValue(RegistrationFormat.Line line, String column, Class<E> type, boolean required) {
        var value = line.get(column);
        if (value.isEmpty()) {
            if (required) {
                problem(line, column, "import.error.required." + column);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(line, column, "import.error.code", value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** What an advisor should look at before importing, though the row can be imported as it is. */
    private void warnIfQuestionable(RegistrationFormat.Line line, String mainKey, String rowKey, @Nullable LocalDate date,
                                    String citizen, boolean noWork, @Nullable Handling handling, @Nullable LocalDate statementOn,
                                    @Nullable CriticismLevel criticism, @Nullable LocalDate forwardedOn,
                                    @Nullable LocalDate deadline, @Nullable LocalDate answeredOn) {
        if (mainKey.isEmpty()) {
            if (date != null) {
                mainDates.put(rowKey, date);
            }
            mainCitizens.put(rowKey, citizen);
        } else {
            var mainDate = mainDates.get(mainKey);
            if (date != null && mainDate != null && date.isBefore(mainDate)) {
                warning(line, "dato", "import.warning.followUpBeforeMain", mainKey);
            }
            var mainCitizen = mainCitizens.get(mainKey);
            if (!citizen.isEmpty() && mainCitizen != null && !mainCitizen.isEmpty() && !citizen.equals(mainCitizen)) {
                warning(line, "borgernoegle", "import.warning.otherCitizen", mainKey);
            }
            if (noWork && mainCitizens.containsKey(mainKey) && !mainsWithoutWork.contains(mainKey)) {
                warning(line, "ingen_sagsbehandling", "import.warning.noWorkUnderWork", mainKey);
            }
        }
        if (forwardedOn != null && answeredOn != null && answeredOn.isBefore(forwardedOn)) {
            warning(line, "besvaret", "import.warning.answerBeforeForward");
        }
        if (forwardedOn != null && deadline != null && deadline.isBefore(forwardedOn)) {
            warning(line, "svarfrist", "import.warning.deadlineBeforeForward");
        }
        if (handling == Handling.DIALOGUE_INFORMAL && (statementOn != null || criticism != null)) {
            warning(line, statementOn != null ? "udtalelse" : "kritik", "import.warning.statementOnInformal");
        }
    }

    private void warning(RegistrationFormat.Line line, String column, String key, String... arguments) {
        if (warnings.size() < RegistrationImport.MAX_LISTED_PROBLEMS) {
            warnings.add(new RegistrationImport.Problem(line.number(), column, key, List.of(arguments)));
        }
    }

    private void problem(RegistrationFormat.Line line, String column, String key, String... arguments) {
        if (problems.size() < RegistrationImport.MAX_LISTED_PROBLEMS) {
            problems.add(new RegistrationImport.Problem(line.number(), column, key, List.of(arguments)));
        } else {
            moreProblems++;
        }
    }

    RegistrationImport.Result result(boolean imported) {
        return new RegistrationImport.Result(rows, cases, points, alreadyImported, List.copyOf(problems), moreProblems, imported,
                Map.copyOf(pointsPerMunicipality), List.copyOf(warnings), firstDay, lastDay);
    }
}

