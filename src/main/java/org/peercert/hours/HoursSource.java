package org.peercert.hours;

/** Where a ledger line comes from. Stored as the code, e.g. {@code live-session}. */
public enum HoursSource {
    LIVE_SESSION("live-session"),
    SELF_PACED("self-paced"),
    ADJUSTMENT("adjustment"),
    OUTSIDE_CE("outside-ce");

    public final String code;

    HoursSource(String code) {
        this.code = code;
    }

    public static HoursSource of(String code) {
        for (HoursSource source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown hours source " + code);
    }
}
