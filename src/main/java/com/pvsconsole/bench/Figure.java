package com.pvsconsole.bench;

/**
 * One benchmark figure, measured side by side with its floor in the same run.
 *
 * @param id     short id from the table: P1..P6, fleet
 * @param what   what is measured against what
 * @param value  the measured figure (NaN when skipped)
 * @param floor  what the same work costs at its floor (NaN when the figure has none)
 * @param ratio  value / floor (NaN without a floor, and for a target on the value)
 * @param target the limit: on the ratio when there is a floor, else on the value (NaN = no target);
 *               on the value for {@link #absoluteBesideFloor} figures, whose floor is shown only
 * @param unit   unit of value and floor ("ms", "MB")
 * @param pass   true/false against the target; null when skipped or without a target
 * @param note   how it was measured (runs, medians) or why it was skipped
 * @param targetOnValue true when the target applies to the value even though a floor is given
 */
public record Figure(String id, String what, double value, double floor, double ratio, double target, String unit,
                     Boolean pass, String note, boolean targetOnValue) {

    /** A figure judged by its ratio to the floor: pass when value / floor &lt;= maxRatio. */
    public static Figure ratio(String id, String what, double value, double floor, String unit, double maxRatio,
                               String note) {
        double ratio = floor > 0 ? value / floor : Double.NaN;
        return new Figure(id, what, value, floor, ratio, maxRatio, unit, Double.isNaN(ratio) ? null : ratio <= maxRatio,
                note, false);
    }

    /** A figure judged by its own value (P3's 16 ms, P6's 350 MB): pass when value &lt;= max. */
    public static Figure absolute(String id, String what, double value, String unit, double max, String note) {
        return new Figure(id, what, value, Double.NaN, Double.NaN, max, unit, value <= max, note, true);
    }

    /**
     * A figure judged by its own value, shown beside the floor of the same measurement (P3: a
     * keystroke's frame beside a keystroke that changes nothing), so a target close to the floor
     * shows as such.
     */
    public static Figure absoluteBesideFloor(String id, String what, double value, double floor, String unit,
                                             double max, String note) {
        // No ratio: it would read as the target's measure, which it is not here.
        return new Figure(id, what, value, floor, Double.NaN, max, unit, value <= max, note, true);
    }

    /** A figure reported without a target (the fleet's time to the full table). */
    public static Figure informational(String id, String what, double value, String unit, String note) {
        return new Figure(id, what, value, Double.NaN, Double.NaN, Double.NaN, unit, null, note, false);
    }

    /** A figure that could not be measured here, with the reason ("no display"). */
    public static Figure skipped(String id, String what, String reason) {
        return new Figure(id, what, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "", null, "skipped: " + reason,
                false);
    }

    public boolean isSkipped() {
        return Double.isNaN(value);
    }

    /** True when the target applies to the ratio, false when to the value itself. */
    public boolean targetOnRatio() {
        return !targetOnValue && !Double.isNaN(floor);
    }
}
