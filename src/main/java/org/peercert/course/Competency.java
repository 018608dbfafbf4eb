package org.peercert.course;

import java.math.BigDecimal;

/** A named requirement of a course with the credit hours it needs, e.g. Problem Solving, 7 h. */
public record Competency(String id, String title, BigDecimal hours) {
}
