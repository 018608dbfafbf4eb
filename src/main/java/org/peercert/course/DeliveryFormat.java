package org.peercert.course;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How training is delivered; live formats are the ones Kentucky accepts for live-only courses. */
public enum DeliveryFormat {
    @JsonProperty("in-person") IN_PERSON,
    /** Live video with two-way audio and video. */
    @JsonProperty("live-video") LIVE_VIDEO,
    @JsonProperty("self-paced") SELF_PACED;

    public boolean isLive() {
        return this != SELF_PACED;
    }

    public String code() {
        return switch (this) {
            case IN_PERSON -> "in-person";
            case LIVE_VIDEO -> "live-video";
            case SELF_PACED -> "self-paced";
        };
    }
}
