package com.pvsconsole.service.explain;

/** One fact Explain gathered, with where it came from and when (may be empty). */
public record Evidence(Kind kind, String text, String time) {

    public enum Kind { FAULT, HEALTH, EVENT, LAST_ACTION, JOB, QUOTA, DURATION }

    public Evidence {
        time = time == null ? "" : time;
    }
}
