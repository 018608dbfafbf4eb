package org.peercert.exam;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of question a bank or knowledge check may hold (see courses/README.md). */
public enum QuestionType {
    @JsonProperty("single") SINGLE,
    @JsonProperty("multiple") MULTIPLE,
    @JsonProperty("true-false") TRUE_FALSE,
    @JsonProperty("matching") MATCHING,
    @JsonProperty("short-answer") SHORT_ANSWER
}
