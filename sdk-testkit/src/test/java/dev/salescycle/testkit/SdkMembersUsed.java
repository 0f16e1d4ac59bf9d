package dev.salescycle.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The SDK members a class and its nested classes use, read from their class files: calls, constructors, fields,
 * method references, and the hook methods they implement. A call through a subtype (a hook class, the test
 * kit's context) counts for the SDK type that declares the method.
 */
final class SdkMembersUsed extends ClassVisitor {

    private final Set<String> used = new TreeSet<>();
    private final Deque<String> toRead = new ArrayDeque<>();
    private String current;

    private SdkMembersUsed() {
        super(Opcodes.ASM9);
    }

    /** The members named as {@code Type.member}, as {@link SdkPublicMembers} names them. */
    static Set<String> by(Class<?> top) throws IOException {
        SdkMembersUsed reader = new SdkMembersUsed();
        reader.toRead.add(top.getName().replace('.', '/'));
        Set<String> read = new TreeSet<>();
        while (!reader.toRead.isEmpty()) {
            String name = reader.toRead.pop();
            if (read.add(name)) {
                try (InputStream in = top.getClassLoader().getResourceAsStream(name + ".class")) {
                    new ClassReader(in).accept(reader, ClassReader.SKIP_DEBUG);
                }
            }
        }
        return reader.used;
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        current = name;
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
        if (name.startsWith(current + "$")) {
            toRead.add(name);
        }
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        if (!name.startsWith("<") && !name.startsWith("lambda$")) {
            use(current, name);
        }
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                use(owner, method);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                use(owner, field);
            }

            @Override
            public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... arguments) {
                for (Object argument : arguments) {
                    if (argument instanceof Handle handle) {
                        use(handle.getOwner(), handle.getName());
                    }
                }
            }
        };
    }

    /** Records the member for the owner if it is an SDK type, else for each SDK supertype that declares it. */
    private void use(String owner, String member) {
        Class<?> type;
        try {
            type = Class.forName(owner.replace('/', '.'), false, SdkMembersUsed.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        if (member.equals("<init>")) {
            if (isSdk(type)) {
                used.add(simpleName(type.getName()) + ".<init>");
            }
            return;
        }
        markDeclaring(type, member);
    }

    private void markDeclaring(Class<?> type, String member) {
        if (type == null) {
            return;
        }
        if (isSdk(type) && declares(type, member)) {
            used.add(simpleName(type.getName()) + "." + member);
        }
        markDeclaring(type.getSuperclass(), member);
        for (Class<?> parent : type.getInterfaces()) {
            markDeclaring(parent, member);
        }
    }

    private static boolean declares(Class<?> type, String member) {
        for (var method : type.getDeclaredMethods()) {
            if (method.getName().equals(member)) {
                return true;
            }
        }
        for (var field : type.getDeclaredFields()) {
            if (field.getName().equals(member)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSdk(Class<?> type) {
        return type.getName().startsWith(SdkPublicMembers.PACKAGE + ".");
    }
}
