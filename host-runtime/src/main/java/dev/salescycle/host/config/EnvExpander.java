package dev.salescycle.host.config;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${NAME}} and {@code ${NAME:default}} from the environment inside the scalar values of a parsed
 * config, never in its text: a value such as {@code pa ss #word}, {@code &amp} or {@code *star} is kept exactly,
 * where pasted into the text YAML would have cut it at the comment, read an anchor or an alias, or failed.
 *
 * <p>Before parsing, each reference outside comment lines is replaced by a mark of letters, digits and
 * underscores that YAML reads as part of a plain or quoted scalar anywhere (a flow list too); after parsing,
 * {@link #reveal} replaces the marks in each scalar with the values. A variable that is unset and has no default
 * is an error naming the line it was written on. Lines stay where they were.
 */
final class EnvExpander {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Variable(String name, String fallback, int line) {
    }

    private final String fileName;
    private final UnaryOperator<String> env;
    private final String mark;
    private final Pattern marks;
    private final List<Variable> variables = new ArrayList<>();

    EnvExpander(String fileName, UnaryOperator<String> env) {
        this.fileName = fileName;
        this.env = env;
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        this.mark = "__env" + HexFormat.of().formatHex(nonce) + "_";
        this.marks = Pattern.compile(Pattern.quote(mark) + "(\\d+)_");
    }

    /** The text with each reference replaced by its mark. */
    String hide(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("#")) {
                out.append(line);
            } else {
                Matcher m = VARIABLE.matcher(line);
                while (m.find()) {
                    variables.add(new Variable(m.group(1), m.group(2), i + 1));
                    m.appendReplacement(out, mark + (variables.size() - 1) + "_");
                }
                m.appendTail(out);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A scalar (or key) of the parsed text with its marks replaced by the values of their variables. */
    String reveal(String scalar) {
        if (variables.isEmpty() || !scalar.contains(mark)) {
            return scalar;
        }
        Matcher m = marks.matcher(scalar);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(variables.get(Integer.parseInt(m.group(1))))));
        }
        return m.appendTail(out).toString();
    }

    private String value(Variable variable) {
        String value = env.apply(variable.name());
        if (value == null) {
            value = variable.fallback();
        }
        if (value == null) {
            throw new ConfigException("environment variable " + variable.name() + " is not set; write ${"
                    + variable.name() + ":default} to give a default (" + fileName + " line " + variable.line() + ")");
        }
        return value;
    }
}
