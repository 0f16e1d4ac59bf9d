package dev.salescycle.host.config;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${NAME}} and {@code ${NAME:default}} in config text from the environment, line by line,
 * so that line numbers stay true. An unset variable without default is an error naming the line.
 */
final class EnvExpander {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");

    private EnvExpander() {
    }

    static String expand(String fileName, String text, UnaryOperator<String> env) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("#")) {
                out.append(line);
            } else {
                out.append(expandLine(fileName, i + 1, line, env));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String expandLine(String fileName, int lineNo, String line, UnaryOperator<String> env) {
        Matcher m = VARIABLE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.apply(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new ConfigException("environment variable " + m.group(1) + " is not set; write ${"
                        + m.group(1) + ":default} to give a default (" + fileName + " line " + lineNo + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
