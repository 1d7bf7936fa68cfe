package dk.borgerraadgiver.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Whole percentages that add up to exactly 100 (largest remainder): each share is rounded down, and
 * the points left over go to the largest remainders; of equal remainders the later row wins. This is
 * how the seed reports' shares add up (Sorø: 44 %, 18 %, 19 %, 19 % of 54).
 */
public final class Shares {

    private Shares() {
    }

    public static List<Integer> of(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        var result = new ArrayList<Integer>();
        if (total == 0) {
            counts.forEach(c -> result.add(0));
            return result;
        }
        var remainders = new double[counts.size()];
        int given = 0;
        for (int i = 0; i < counts.size(); i++) {
            double exact = 100.0 * counts.get(i) / total;
            int floor = (int) Math.floor(exact);
            result.add(floor);
            remainders[i] = exact - floor;
            given += floor;
        }
        var order = IntStream.range(0, counts.size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> remainders[i]).reversed()
                        .thenComparing(Comparator.<Integer>reverseOrder()))
                .toList();
        for (int k = 0; k < 100 - given; k++) {
            int i = order.get(k);
            result.set(i, result.get(i) + 1);
        }
        return result;
    }
}
