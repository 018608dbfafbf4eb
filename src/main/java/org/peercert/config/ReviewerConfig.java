package org.peercert.config;

import io.smallrye.config.WithDefault;

/** The state reviewer's workspace ({@code lms.reviewer.*}). */
public interface ReviewerConfig {

    /**
     * A trainee's evidence packet with more records than this (ledger lines, attendance, activity
     * spans, attempts, scores and certificates together) is built in the background, with progress,
     * instead of in the request that asks for it.
     */
    @WithDefault("2000")
    int packetBackgroundThreshold();

    /** The most certificates or trainees one search answers. */
    @WithDefault("200")
    int searchLimit();
}
