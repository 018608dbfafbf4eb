package org.peercert.course;

import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a course Markdown file: its YAML front matter (found by commonmark's front-matter
 * extension, read later by Jackson, since the extension flattens nested YAML), its
 * {@code question} blocks, and its body as HTML. Course text is untrusted: the HTML passes
 * through the OWASP sanitizer, which drops scripts, event handlers and javascript: links.
 */
final class CourseMarkdown {

    /** A YAML block of the file and the file line its first line stands on. */
    record YamlBlock(String yaml, int firstLine) {
    }

    /** What a file holds: its front matter (null when missing), question blocks and safe HTML. */
    record Parsed(YamlBlock frontMatter, List<YamlBlock> questions, String html) {
    }

    private static final List<Extension> EXTENSIONS = List.of(YamlFrontMatterExtension.create(),
            TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .sanitizeUrls(true).build();
    private static final PolicyFactory SAFE_HTML = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
                    "dl", "dt", "dd", "sup", "sub")
            .allowAttributes("id").matching(Pattern.compile("[a-z0-9_-]+")).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(Pattern.compile("language-[a-z0-9_-]+")).onElements("code")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private CourseMarkdown() {
    }

    static Parsed parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1); // a byte-order mark from some editors
        }
        String[] lines = normalised.split("\n", -1);
        Node document = PARSER.parse(normalised);
        YamlBlock frontMatter = null;
        List<YamlBlock> questions = new ArrayList<>();
        if (document.getFirstChild() instanceof YamlFrontMatterBlock block) {
            frontMatter = inside(block.getSourceSpans(), lines);
            block.unlink();
        }
        // Question blocks anywhere (also inside lists or quotes) are lifted out: their answers
        // must never reach the page.
        List<FencedCodeBlock> fences = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock fence) {
                if ("question".equals(fence.getInfo().trim())) {
                    fences.add(fence);
                }
            }
        });
        for (FencedCodeBlock fence : fences) {
            questions.add(new YamlBlock(fence.getLiteral(), fence.getSourceSpans().get(0).getLineIndex() + 2));
            fence.unlink();
        }
        return new Parsed(frontMatter, questions, sanitise(RENDERER.render(document)));
    }

    static String sanitise(String html) {
        return SAFE_HTML.sanitize(html);
    }

    /** The lines between the opening and closing delimiters, with the file line of the first. */
    private static YamlBlock inside(List<SourceSpan> spans, String[] lines) {
        int open = spans.get(0).getLineIndex();
        int close = spans.get(spans.size() - 1).getLineIndex();
        String yaml = Arrays.stream(lines, open + 1, Math.max(open + 1, close)).collect(Collectors.joining("\n"));
        return new YamlBlock(yaml, open + 2);
    }
}
