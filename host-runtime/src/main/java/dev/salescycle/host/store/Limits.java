package dev.salescycle.host.store;

/** Column sizes of the schema's keys, checked before they reach the database. */
final class Limits {

    static final int SHOP_ID = 64;
    static final int EMAIL = 320;
    static final int SKU = Store.MAX_KEY_CHARS;
    static final int ORDER_ID = Store.MAX_KEY_CHARS;
    static final int VISITOR_ID = Store.MAX_KEY_CHARS;
    static final int PLUGIN_ID = 100;
    static final int IDEMPOTENCY_KEY = 255;
    static final int REQUEST_HASH = 128;
    static final int MESSAGE_KEY = 200;
    static final int TEMPLATE = 200;
    static final int STATE_KEY = 200;
    static final int STATE_VALUE_BYTES = 64 * 1024;

    private Limits() {
    }
}
