package dev.salescycle.bench.copurchase;

import dev.salescycle.sdk.model.CartLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the streamed synthetic shop's orders as CSV on standard output, for PostgreSQL's {@code COPY} into
 * the store's tables: the same orders {@link LearningScale} learns. Arguments: orders|lines [orders] [skus]
 * (default 1,000,000 and 50,000). {@code orders} writes rows for {@code orders}
 * (shop_id, order_id, currency, total, placed_at, source, created_at), {@code lines} rows for
 * {@code order_lines} (shop_id, order_id, line_no, sku, quantity, unit_price).
 */
public final class OrderLinesCsv {

    private static final String SHOP = "bench-shop";

    private OrderLinesCsv() {
    }

    public static void main(String[] args) throws IOException {
        boolean lines = args.length == 0 || args[0].equals("lines");
        long orders = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000;
        int skus = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            new StreamedOrderHistory(orders, skus, 42, "o-").forEach(order -> {
                try {
                    if (lines) {
                        int lineNo = 0;
                        for (CartLine line : order.lines()) {
                            out.write(SHOP + "," + order.orderId() + "," + lineNo++ + "," + line.sku() + ",1,"
                                    + line.unitPrice().amount() + "\n");
                        }
                    } else {
                        out.write(SHOP + "," + order.orderId() + ",EUR," + order.total().amount() + ","
                                + order.placedAt() + ",import," + order.placedAt() + "\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
