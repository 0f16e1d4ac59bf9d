package dev.salescycle.host.experiments.assign;

import java.nio.charset.StandardCharsets;

/**
 * The hash an assignment rests on: XXH64 of the UTF-8 bytes of {@code experimentId:salt:unitId}. The
 * bytes are laid out in a buffer per thread, so that hashing a unit allocates nothing; a unit id too long
 * for a reasonable buffer gets one of its own rather than growing the thread's for good.
 */
final class UnitKey {

    private static final int KEPT_BUFFER_BYTES = 4096;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[256]);

    private final byte[] prefix;

    UnitKey(String experimentId, String salt) {
        prefix = (experimentId + ':' + salt + ':').getBytes(StandardCharsets.UTF_8);
    }

    long hash(String unitId) {
        int needed = prefix.length + Utf8.maxBytes(unitId);
        byte[] buffer = BUFFER.get();
        if (buffer.length < needed) {
            buffer = new byte[needed];
            if (needed <= KEPT_BUFFER_BYTES) {
                BUFFER.set(buffer);
            }
        }
        System.arraycopy(prefix, 0, buffer, 0, prefix.length);
        return Xxh64.hash(buffer, 0, Utf8.encode(unitId, buffer, prefix.length));
    }
}
