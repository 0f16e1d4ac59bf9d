package dev.salescycle.host.experiments.live;

import dev.salescycle.host.access.Digests;
import java.util.HexFormat;
import java.util.Locale;

/** How a unit id is kept in the store: the hex SHA-256 of the id, so no visitor id or address is stored. */
public final class UnitKeys {

    private UnitKeys() {
    }

    /** The stored key of a unit id, or null for none. */
    public static String of(String unitId) {
        return unitId == null || unitId.isEmpty() ? null : HexFormat.of().formatHex(Digests.sha256(unitId));
    }

    /** The unit id of a customer: the address in lower case. */
    public static String customer(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }
}
