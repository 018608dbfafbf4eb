package org.peercert.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A piece of YAML inside a course file, bound to a record by Jackson, that remembers on which
 * line of the file each field stands (from SnakeYAML's node marks), so that a rule broken after
 * binding can still point at its line.
 */
final class YamlDocument {

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // An empty "-" item is a mistake, never a value: refuse it instead of binding null.
            .defaultSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(
                    com.fasterxml.jackson.annotation.Nulls.FAIL))
            .build();

    private final String file;
    private final String yaml;
    private final int firstLine;
    private final Map<String, Integer> lines = new HashMap<>();
    private CourseProblem duplicate;

    /** @param firstLine the file's line number of the YAML's first line */
    YamlDocument(String file, String yaml, int firstLine) {
        this.file = file;
        this.yaml = yaml;
        this.firstLine = firstLine;
    }

    /** Binds the YAML to {@code type}, or explains, with file, line and field, why it cannot. */
    <T> Bound<T> bind(Class<T> type) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new StringReader(yaml));
            index(root, "");
            if (duplicate != null) {
                return Bound.failed(duplicate);
            }
            T value = MAPPER.readValue(yaml, type);
            if (value == null) {
                return Bound.failed(problem(firstLine, "", "is empty; expected the fields documented in courses/README.md"));
            }
            return Bound.of(value);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            // An unclosed bracket is noticed where it ends; the context mark is where it began.
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? 0 : firstLine + mark.getLine();
            return Bound.failed(problem(line, mark == null ? "" : keyOnLine(yaml, mark.getLine()), "is not valid YAML: " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")")));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            return Bound.failed(problem(firstLine, "", "is not valid YAML: " + e.getMessage()));
        } catch (JsonProcessingException e) {
            return Bound.failed(explain(e, type));
        }
    }

    /** The file line of a field path such as {@code competencies[2].hours}, or of its nearest parent. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return firstLine;
    }

    CourseProblem problem(String path, String message) {
        return problem(lineOf(path), path, message);
    }

    private CourseProblem problem(int line, String field, String message) {
        return new CourseProblem(file, line, field, message);
    }

    private CourseProblem explain(JsonProcessingException e, Class<?> type) {
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        // Jackson may notice a problem late (records are bound at the end of their block); the
        // field's own line, from the node index, is the one an author needs.
        int line = lines.containsKey(field) ? lines.get(field)
                : e.getLocation() == null ? firstLine : firstLine + e.getLocation().getLineNr() - 1;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            return problem(line, field, "is not a known field; known fields here: " + known);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return problem(line, field, "\"" + f.getValue() + "\" is not allowed; use one of " + enumValues(f.getTargetType()));
        }
        if (e instanceof InvalidFormatException f) {
            return problem(line, field, "\"" + f.getValue() + "\" is not " + expected(f.getTargetType()));
        }
        return problem(line, field, e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", "").trim());
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number (for example 7 or 1.5)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid " + type.getSimpleName().toLowerCase();
    }

    private static final ObjectMapper NAMES = new ObjectMapper();

    /** The values as authors write them (their @JsonProperty names), e.g. "in-person, live-video". */
    private static String enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> {
            try {
                return NAMES.writeValueAsString(c).replace("\"", "");
            } catch (JsonProcessingException ex) {
                return c.toString();
            }
        }).collect(Collectors.joining(", "));
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private void index(Node node, String path) {
        if (node instanceof MappingNode mapping) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    if (!keys.add(key.getValue()) && duplicate == null) {
                        duplicate = problem(firstLine + key.getStartMark().getLine(), child,
                                "is a duplicate key: it is given twice here; keep one");
                    }
                    lines.put(child, firstLine + key.getStartMark().getLine());
                    index(tuple.getValueNode(), child);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                String child = path + "[" + i + "]";
                lines.put(child, firstLine + items.get(i).getStartMark().getLine());
                index(items.get(i), child);
            }
        }
    }

    /** Either a bound value or the problem that stopped it. */
    record Bound<T>(T value, CourseProblem problem) {
        static <T> Bound<T> of(T value) {
            return new Bound<>(value, null);
        }

        static <T> Bound<T> failed(CourseProblem problem) {
            return new Bound<>(null, problem);
        }

    }

    /** The key a YAML line starts with ({@code title} of {@code title: [Fixture}), to name the field of a syntax error. */
    static String keyOnLine(String yaml, int line) {
        String[] lines = yaml.split("\\R", -1);
        if (line < 0 || line >= lines.length) {
            return "";
        }
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z][\\w-]*)\\s*:").matcher(lines[line]);
        return key.find() ? key.group(1) : "";
    }
}
