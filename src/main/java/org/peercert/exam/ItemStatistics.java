package org.peercert.exam;

import java.util.Comparator;
import java.util.List;

/**
 * Classical item statistics over the attempts that drew a question. Facility: the share that got
 * it right. Discrimination index: the facility among the top 27 % of those attempts by total
 * score minus the facility among the bottom 27 %. Point-biserial: the correlation between being
 * right on the item and the attempt's total score (the total includes the item itself).
 */
final class ItemStatistics {

    /** One attempt's answer to the item: the attempt's total score (any scale) and whether it was right. */
    record Response(double total, boolean correct) {
    }

    private ItemStatistics() {
    }

    static Double facility(List<Response> responses) {
        return responses.isEmpty() ? null : share(responses);
    }

    /** Null with fewer than two attempts: there is no upper and lower group to compare. */
    static Double discrimination(List<Response> responses) {
        int n = responses.size();
        if (n < 2) {
            return null;
        }
        int group = Math.max(1, (int) Math.round(0.27 * n));
        List<Response> ranked = responses.stream().sorted(Comparator.comparingDouble(Response::total).reversed()).toList();
        return share(ranked.subList(0, group)) - share(ranked.subList(n - group, n));
    }

    /** Null where it is undefined: fewer than two attempts, all right or all wrong, or equal totals. */
    static Double pointBiserial(List<Response> responses) {
        int n = responses.size();
        if (n < 2) {
            return null;
        }
        double p = share(responses);
        double mean = responses.stream().mapToDouble(Response::total).average().orElse(0);
        double variance = responses.stream().mapToDouble(r -> (r.total() - mean) * (r.total() - mean)).sum() / n;
        if (p == 0 || p == 1 || variance == 0) {
            return null;
        }
        double meanRight = responses.stream().filter(Response::correct).mapToDouble(Response::total).average().orElse(0);
        double meanWrong = responses.stream().filter(r -> !r.correct()).mapToDouble(Response::total).average().orElse(0);
        return (meanRight - meanWrong) / Math.sqrt(variance) * Math.sqrt(p * (1 - p));
    }

    private static double share(List<Response> responses) {
        return (double) responses.stream().filter(Response::correct).count() / responses.size();
    }
}
