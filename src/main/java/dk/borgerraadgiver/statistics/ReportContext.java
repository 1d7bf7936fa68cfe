package dk.borgerraadgiver.statistics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.DepartmentNode;
import org.jspecify.annotations.Nullable;

/**
 * What every table of one report shares: municipality, period, department level, language, and the
 * municipality's scheme and departments, each read once per report when a table first asks.
 */
final class ReportContext {

    private final long municipalityId;
    private final ReportPeriod period;
    private final DepartmentLevel level;
    private final Locale locale;
    private final Supplier<Iterable<CategoryNode>> categorySource;
    private final Supplier<Iterable<DepartmentNode>> departmentSource;
    private @Nullable Map<Long, CategoryNode> categories;
    private @Nullable Map<Long, DepartmentNode> departments;

    ReportContext(long municipalityId, ReportPeriod period, DepartmentLevel level, Locale locale,
                  Supplier<Iterable<CategoryNode>> categorySource, Supplier<Iterable<DepartmentNode>> departmentSource) {
        this.municipalityId = municipalityId;
        this.period = period;
        this.level = level;
        this.locale = locale;
        this.categorySource = categorySource;
        this.departmentSource = departmentSource;
    }

    long municipalityId() {
        return municipalityId;
    }

    ReportPeriod period() {
        return period;
    }

    DepartmentLevel level() {
        return level;
    }

    Locale locale() {
        return locale;
    }

    /** The counted points of the whole report: the filter every figure narrows down. */
    FigureFilter points() {
        return FigureFilter.points(municipalityId, period.from(), period.to());
    }

    Map<Long, CategoryNode> categories() {
        if (categories == null) {
            var map = new LinkedHashMap<Long, CategoryNode>();
            categorySource.get().forEach(n -> map.put(n.id(), n));
            categories = map;
        }
        return categories;
    }

    Map<Long, DepartmentNode> departments() {
        if (departments == null) {
            var map = new LinkedHashMap<Long, DepartmentNode>();
            departmentSource.get().forEach(n -> map.put(n.id(), n));
            departments = map;
        }
        return departments;
    }
}
