package org.peercert.course;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Course text is untrusted: whatever an author (or an attacker with commit rights) writes, no script runs. */
class CourseMarkdownTest {

    private static final String HOSTILE = """
            ---
            title: Hostile
            ---
            ## Safe heading
            
            <script>alert('raw script')</script>
            
            [a link](javascript:alert('link'))
            
            <img src="x" onerror="alert('img')">
            
            <iframe src="https://example.org"></iframe>
            
            <a href="https://example.org" onclick="alert('click')">outside</a>
            
            | a | b |
            |---|---|
            | 1 | 2 |
            """;

    @Test
    void scriptsHandlersAndJavascriptLinksAreNeutralised() {
        String html = CourseMarkdown.parse(HOSTILE).html().toLowerCase();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("onerror") || html.contains("onclick"), html);
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("alert("), html);
    }

    @Test
    void ordinaryMarkdownSurvives() {
        String html = CourseMarkdown.parse(HOSTILE).html();
        assertTrue(html.contains("<h2 id=\"safe-heading\">Safe heading</h2>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>1</td>"), html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
    }

    @Test
    void frontMatterAndQuestionBlocksAreLiftedOutWithTheirLines() {
        CourseMarkdown.Parsed parsed = CourseMarkdown.parse(CourseFixture.MODULE_MD);
        assertEquals(2, parsed.frontMatter().firstLine());
        assertTrue(parsed.frontMatter().yaml().startsWith("title: The Only Module"));
        assertEquals(1, parsed.questions().size());
        assertEquals(14, parsed.questions().get(0).firstLine());
        assertFalse(parsed.html().contains("m01-check"), "questions are not shown as code");
    }
}
