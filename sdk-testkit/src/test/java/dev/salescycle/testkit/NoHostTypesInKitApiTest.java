package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plugin authors see the SDK, JUnit, Jackson trees and the JDK through the test kit, never the host: no public or
 * protected member of a public kit type names a {@code dev.salescycle.host} type, so the host's internals can
 * change without breaking plugin tests.
 */
@Timeout(60)
class NoHostTypesInKitApiTest {

    private static final String HOST = "dev.salescycle.host.";

    @Test
    void noPublicSignatureOfTheKitNamesAHostType() throws Exception {
        List<Class<?>> types = publicKitTypes();
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            leaks.addAll(leaks(type));
        }

        assertThat(types).extracting(Class::getSimpleName).contains("TestPluginContext", "RunningHost", "HostClient",
                "SalesCycleHostExtension", "PluginUnderTest", "TestHost", "CheckReport");
        assertThat(leaks).as("host types in the kit's public API").isEmpty();
    }

    @Test
    void theScanSeesALeak() {
        assertThat(leaks(Leaky.class)).containsExactly(Leaky.class.getName() + ".store(): dev.salescycle.host.config.ConfigException");
    }

    /** A type that leaks, to prove the scan finds it. */
    public static final class Leaky {
        public List<dev.salescycle.host.config.ConfigException> store() {
            return List.of();
        }
    }

    static List<String> leaks(Class<?> type) {
        List<String> found = new ArrayList<>();
        check(found, type.getName() + " extends", type.getGenericSuperclass());
        for (Type i : type.getGenericInterfaces()) {
            check(found, type.getName() + " implements", i);
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                check(found, type.getName() + "." + f.getName(), f.getGenericType());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            executable(found, type.getName() + ".<init>", c);
        }
        for (Method m : type.getDeclaredMethods()) {
            if (!m.isSynthetic()) {
                executable(found, type.getName() + "." + m.getName() + "()", m);
                if (visible(m.getModifiers())) {
                    check(found, type.getName() + "." + m.getName() + "()", m.getGenericReturnType());
                }
            }
        }
        return found;
    }

    private static void executable(List<String> found, String where, Executable e) {
        if (!visible(e.getModifiers())) {
            return;
        }
        for (Type p : e.getGenericParameterTypes()) {
            check(found, where, p);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            check(found, where + " throws", x);
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(List<String> found, String where, Type type) {
        if (type == null) {
            return;
        }
        if (type instanceof Class<?> c) {
            Class<?> base = c;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            if (base.getName().startsWith(HOST)) {
                found.add(where + ": " + base.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            check(found, where, p.getRawType());
            for (Type argument : p.getActualTypeArguments()) {
                check(found, where, argument);
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(t -> check(found, where, t));
        }
    }

    /** The public types of the kit's main classes, nested ones included, found by reading its class folder. */
    private static List<Class<?>> publicKitTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(TestPluginContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(root.relativize(f).toString()
                    .replace('/', '.').replaceAll("\\.class$", "")));
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, NoHostTypesInKitApiTest.class.getClassLoader());
            if (reachable(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static boolean reachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
