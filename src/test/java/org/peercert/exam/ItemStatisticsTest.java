package org.peercert.exam;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The item statistics against a worked example computed by hand. */
class ItemStatisticsTest {

    private static final double[] TOTALS = {90, 85, 80, 75, 70, 60, 50, 40, 30, 20};
    private static final boolean[] RIGHT = {true, true, true, false, true, false, true, false, false, false};

    private static List<ItemStatistics.Response> example() {
        return IntStream.range(0, TOTALS.length).mapToObj(i -> new ItemStatistics.Response(TOTALS[i], RIGHT[i])).toList();
    }

    @Test
    void facilityIsTheShareRight() {
        assertEquals(0.5, ItemStatistics.facility(example()), 1e-9);
    }

    @Test
    void discriminationComparesTheTopAndBottom27Percent() {
        // ten attempts: groups of round(2.7) = 3; top three all right, bottom three all wrong
        assertEquals(1.0, ItemStatistics.discrimination(example()), 1e-9);
        List<ItemStatistics.Response> reversed = example().stream()
                .map(r -> new ItemStatistics.Response(r.total(), !r.correct())).toList();
        assertEquals(-1.0, ItemStatistics.discrimination(reversed), 1e-9);
    }

    @Test
    void pointBiserialCorrelatesTheItemWithTheTotal() {
        // mean right 75, mean wrong 45, population sd sqrt(525), p = q = 0.5
        assertEquals(30 / Math.sqrt(525) * 0.5, ItemStatistics.pointBiserial(example()), 1e-9);
    }

    @Test
    void tooFewOrUniformAttemptsGiveNoFigure() {
        assertNull(ItemStatistics.facility(List.of()));
        assertNull(ItemStatistics.discrimination(List.of(new ItemStatistics.Response(80, true))));
        assertNull(ItemStatistics.pointBiserial(List.of(new ItemStatistics.Response(80, true), new ItemStatistics.Response(60, true))));
    }
}
