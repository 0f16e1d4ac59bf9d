package dev.salescycle.host.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A YAML document as plain maps, lists and scalars, with the line each value starts on, so that
 * config errors can name the line. Paths look like {@code shops.demo-coffee.plugins[2].settings.maxItems}.
 */
public final class YamlTree {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String fileName;
    private final Object root;
    private final Map<String, Integer> lines;

    private YamlTree(String fileName, Object root, Map<String, Integer> lines) {
        this.fileName = fileName;
        this.root = root;
        this.lines = lines;
    }

    /** Parses YAML text; a syntax error becomes a {@link ConfigException} naming file and line. */
    public static YamlTree parse(String fileName, String text) {
        return parse(fileName, text, name -> null);
    }

    /**
     * Parses YAML text and then expands {@code ${NAME}} and {@code ${NAME:default}} from the environment inside its
     * scalars and keys (see {@link EnvExpander}).
     */
    public static YamlTree parse(String fileName, String text, UnaryOperator<String> env) {
        Map<String, Integer> lines = new HashMap<>();
        EnvExpander expander = new EnvExpander(fileName, env);
        try (JsonParser parser = FACTORY.createParser(expander.hide(text))) {
            JsonToken first = parser.nextToken();
            Object root = first == null ? new LinkedHashMap<String, Object>() : read(parser, "", lines, expander);
            return new YamlTree(fileName, root, lines);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            // No field to name, and the parser's message spans lines with a caret under the spot: file and line go first.
            throw new ConfigException(fileName + " line " + line + ": YAML syntax error: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(fileName + ": cannot read: " + e.getMessage(), e);
        }
    }

    public Object root() {
        return root;
    }

    /**
     * A message naming the field first and then where it is, such as
     * {@code shops.demo.plugins[2].settings.maxItems: expected integer 1..50, got "lots" (config.yaml line 31)}.
     * A path with no line of its own takes the line of the nearest enclosing path that has one.
     */
    public String problem(String path, String message) {
        return (path.isEmpty() ? "document" : path) + ": " + message + " (" + location(path) + ")";
    }

    private String location(String path) {
        String probe = path;
        while (!probe.isEmpty()) {
            Integer line = lines.get(probe);
            if (line != null) {
                return fileName + " line " + line;
            }
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            probe = cut < 0 ? "" : probe.substring(0, cut);
        }
        return fileName;
    }

    private static Object read(JsonParser parser, String path, Map<String, Integer> lines, EnvExpander env)
            throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = env.reveal(parser.currentName());
                    String child = path.isEmpty() ? name : path + "." + name;
                    lines.put(child, parser.currentTokenLocation().getLineNr());
                    parser.nextToken();
                    map.put(name, read(parser, child, lines, env));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser, path + "[" + list.size() + "]", lines, env));
                }
                return list;
            }
            case VALUE_NULL -> {
                return null;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            default -> {
                return env.reveal(parser.getText());
            }
        }
    }
}
