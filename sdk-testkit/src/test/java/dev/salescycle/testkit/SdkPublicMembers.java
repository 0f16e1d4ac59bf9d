package dev.salescycle.testkit;

import dev.salescycle.sdk.SalesCycleSdk;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Every public type of sdk-api and every member a plugin author can call on it, named {@code Type.member}
 * ({@code Type.<init>} for constructors), read from the sdk-api classes themselves.
 */
final class SdkPublicMembers {

    static final String PACKAGE = "dev.salescycle.sdk";
    /** What records and enums get from the language rather than from the SDK's authors. */
    private static final Set<String> GENERATED = Set.of("equals", "hashCode", "toString", "values", "valueOf");

    private SdkPublicMembers() {
    }

    static Set<String> types() throws IOException {
        Set<String> types = new TreeSet<>();
        for (String name : classNames()) {
            Class<?> type = load(name);
            if (Modifier.isPublic(type.getModifiers())) {
                types.add(type.getName());
            }
        }
        return types;
    }

    /**
     * The public members of the public types. Compile-time constants are left out: javac copies them into the
     * caller, so no class file of the caller names them.
     */
    static Set<String> members() throws IOException {
        Set<String> members = new TreeSet<>();
        for (String name : types()) {
            Class<?> type = load(name);
            String simple = SdkMembersUsed.simpleName(name);
            for (Constructor<?> constructor : type.getConstructors()) {
                members.add(simple + ".<init>");
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && !isConstant(field)) {
                    members.add(simple + "." + field.getName());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                        && !GENERATED.contains(method.getName())) {
                    members.add(simple + "." + method.getName());
                }
            }
        }
        return members;
    }

    private static boolean isConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                && (field.getType().isPrimitive() || field.getType() == String.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SdkPublicMembers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Class names in the SDK's packages, from its classes folder or its jar, whichever the classpath holds. */
    private static List<String> classNames() throws IOException {
        Path location;
        try {
            location = Path.of(SalesCycleSdk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(entries::add);
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).forEach(entries::add);
            }
        }
        String folder = PACKAGE.replace('.', '/') + "/";
        return entries.stream().filter(e -> e.startsWith(folder) && e.endsWith(".class") && !e.contains("package-info"))
                .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.')).toList();
    }
}
