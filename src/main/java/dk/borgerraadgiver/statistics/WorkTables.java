package dk.borgerraadgiver.statistics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.borgerraadgiver.booking.AdvisorAgenda;
import dk.borgerraadgiver.booking.BookingStatus;
import dk.borgerraadgiver.booking.DropInRegister;
import dk.borgerraadgiver.casework.ActivityKind;
import dk.borgerraadgiver.casework.RegistrationFigures;
import dk.borgerraadgiver.statistics.ReportTable.Cell;
import dk.borgerraadgiver.statistics.ReportTable.ChartKind;
import dk.borgerraadgiver.statistics.ReportTable.Row;
import org.springframework.stereotype.Component;

import static dk.borgerraadgiver.statistics.ReportLayout.percent;

/**
 * The tables of the advisor's work beside the points: forwarded complaints answered by the deadline,
 * other work (Ballerup), booked meetings by outcome and library drop-in visits per session.
 */
@Component
class WorkTables {

    private final RegistrationFigures figures;
    private final AdvisorAgenda agenda;
    private final DropInRegister dropIns;
    private final ReportLayout layout;

    WorkTables(RegistrationFigures figures, AdvisorAgenda agenda, DropInRegister dropIns, ReportLayout layout) {
        this.figures = figures;
        this.agenda = agenda;
        this.dropIns = dropIns;
        this.layout = layout;
    }

    ReportTable forwardsInTime(ReportContext c) {
        var departments = c.departments();
        var groups = figures.forwards(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        long all = 0;
        long inTime = 0;
        for (var group : groups.stream().sorted(Comparator.comparing(g -> Trees.departmentLabel(departments, g.departmentId()))).toList()) {
            rows.add(new Row(Trees.departmentLabel(departments, group.departmentId()), List.of(new Cell(group.forwarded(), null),
                    new Cell(group.answeredInTime(), null), new Cell(percent(group.answeredInTime(), group.forwarded()), null)), false));
            all += group.forwarded();
            inTime += group.answeredInTime();
        }
        rows.add(new Row(layout.text("stats.total", c.locale()), List.of(new Cell(all, null), new Cell(inTime, null),
                new Cell(percent(inTime, all), null)), true));
        return layout.table("forwards-in-time", c, "stats.rule.forwards", List.of(layout.text("stats.col.forwarded", c.locale()),
                        layout.text("stats.col.answeredInTime", c.locale()), layout.text("stats.col.percent", c.locale())),
                List.of(false, false, true), rows, ChartKind.NONE);
    }

    ReportTable otherWork(ReportContext c) {
        var groups = figures.activities(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        for (var kind : ActivityKind.values()) {
            var group = groups.stream().filter(g -> g.kind() == kind).findFirst();
            rows.add(new Row(layout.text("activity.kind." + kind.name(), c.locale()),
                    List.of(new Cell(group.map(g -> g.count()).orElse(0L), null),
                            new Cell(Math.round(group.map(g -> g.minutes()).orElse(0L) / 6.0) / 10.0, null)), false));
        }
        return layout.table("other-work", c, "stats.rule.otherWork", List.of(layout.text("stats.col.count", c.locale()),
                layout.text("stats.col.hours", c.locale())), List.of(false, false), rows, ChartKind.NONE);
    }

    /** Booked meetings in the period by outcome (Ballerup: meetings attended). */
    ReportTable meetings(ReportContext c) {
        var bookings = agenda.agenda(c.municipalityId(), c.period().from(), c.period().to());
        var rows = new ArrayList<Row>();
        for (var status : List.of(BookingStatus.ATTENDED, BookingStatus.NO_SHOW, BookingStatus.CONFIRMED, BookingStatus.CANCELLED)) {
            rows.add(layout.row(layout.text("stats.booking." + status.name(), c.locale()),
                    bookings.stream().filter(b -> b.status() == status).count(), null));
        }
        rows.add(layout.total(c, bookings.size(), null));
        return layout.counts("meetings", c, "stats.rule.meetings", "stats.col.count", rows, ChartKind.NONE);
    }

    /** Library drop-in: visitors per session day, so a council can see whether the hours are used. */
    ReportTable dropIn(ReportContext c) {
        var rows = new ArrayList<Row>();
        long total = 0;
        var day = DateTimeFormatter.ofPattern("d. MMM yyyy", c.locale());
        for (var type : dropIns.dropInTypes(c.municipalityId())) {
            var name = "en".equals(c.locale().getLanguage()) ? type.nameEnglish() : type.nameDanish();
            for (var session : dropIns.countsPerDay(type.id(), c.period().from(), c.period().to())) {
                rows.add(layout.row(name + ", " + day.format(session.day()), session.visits(), null));
                total += session.visits();
            }
        }
        rows.add(layout.total(c, total, null));
        return layout.counts("drop-in", c, "stats.rule.dropIn", "stats.col.visits", rows, ChartKind.NONE);
    }
}
