package org.peercert.course;

import java.math.BigDecimal;
import java.util.List;

/** The front matter of a module file {@code NN-slug.md} (see courses/README.md). */
public record ModuleFrontMatter(
        String title,
        String competency,
        BigDecimal hours,
        Integer minimumMinutes,
        Boolean liveOnly,
        List<String> objectives) {
}
