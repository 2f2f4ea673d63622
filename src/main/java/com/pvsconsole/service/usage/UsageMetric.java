package com.pvsconsole.service.usage;

/**
 * One quota of the workspace: what is in use against what is allowed.
 *
 * @param kind  which quota
 * @param used  amount in use (instances, cores, GB)
 * @param limit the workspace's limit, 0 when the service does not say
 */
public record UsageMetric(Kind kind, double used, double limit) {

    /** The quotas the overview shows, with the unit their numbers are in. */
    public enum Kind {
        INSTANCES(""),
        PROCESSORS("cores"),
        MEMORY("GB"),
        STORAGE("GB");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    /** Share of the limit in use, 0..1 (above 1 when over quota); 0 without a limit. */
    public double fraction() {
        return limit > 0 ? used / limit : 0;
    }

    public boolean hasLimit() {
        return limit > 0;
    }
}
