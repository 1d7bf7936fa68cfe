package dk.borgerraadgiver.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;

/**
 * Danish public holidays, computed: the fixed days, the Easter-based days (Store Bededag only until
 * 2023, abolished from 2024) and, per municipality, whether Christmas Eve, New Year's Eve and
 * Constitution Day count as closed.
 */
public final class DanishHolidays {

    /** The optional closing days a municipality decides on. */
    public record Options(boolean christmasEveClosed, boolean newYearsEveClosed, boolean constitutionDayClosed) {
        public static final Options ALL_CLOSED = new Options(true, true, true);
        public static final Options STATUTORY_ONLY = new Options(false, false, false);
    }

    private DanishHolidays() {
    }

    /** The closed days of a year, with their Danish names, in date order. */
    public static Map<LocalDate, String> of(int year, Options options) {
        var days = new TreeMap<LocalDate, String>();
        var easter = easterSunday(year);
        days.put(LocalDate.of(year, 1, 1), "Nytårsdag");
        days.put(easter.minusDays(3), "Skærtorsdag");
        days.put(easter.minusDays(2), "Langfredag");
        days.put(easter, "Påskedag");
        days.put(easter.plusDays(1), "2. påskedag");
        if (year <= 2023) {
            days.put(easter.plusDays(26), "Store bededag");
        }
        days.put(easter.plusDays(39), "Kristi himmelfartsdag");
        days.put(easter.plusDays(49), "Pinsedag");
        days.put(easter.plusDays(50), "2. pinsedag");
        days.put(LocalDate.of(year, 12, 25), "Juledag");
        days.put(LocalDate.of(year, 12, 26), "2. juledag");
        if (options.constitutionDayClosed()) {
            days.put(LocalDate.of(year, 6, 5), "Grundlovsdag");
        }
        if (options.christmasEveClosed()) {
            days.put(LocalDate.of(year, 12, 24), "Juleaftensdag");
        }
        if (options.newYearsEveClosed()) {
            days.put(LocalDate.of(year, 12, 31), "Nytårsaftensdag");
        }
        return days;
    }

    public static boolean isHoliday(LocalDate date, Options options) {
        return of(date.getYear(), options).containsKey(date);
    }

    /** A weekday that is not a holiday. */
    public static boolean isWorkingDay(LocalDate date, Options options) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isHoliday(date, options);
    }

    public static LocalDate previousWorkingDay(LocalDate date, Options options) {
        var day = date.minusDays(1);
        while (!isWorkingDay(day, options)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return MonthDay.of(month, day).atYear(year);
    }
}
