package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streams past orders line by line: NDJSON (one order object a line) or basket CSV (one basket a line,
 * item names as RFC 4180 fields, so {@code "Coffee, ground"} is one item; the name serves as sku). A quoted
 * field may not span lines. Imported orders may lack e-mail, prices and time.
 */
final class OrderImportReader {

    private static final ObjectReader CSV_LINE = new CsvMapper().readerForListOf(String.class)
            .with(CsvSchema.emptySchema()).with(CsvParser.Feature.TRIM_SPACES);

    private final Currency currency;
    private final Instant now;
    private final String basketPrefix;

    OrderImportReader(Currency currency, Instant now, String basketPrefix) {
        this.currency = currency;
        this.now = now;
        this.basketPrefix = basketPrefix;
    }

    /**
     * Reads every line into the session, bad lines reported with their numbers.
     *
     * @return the refusal that cut the body short (larger than the import limit), if any: the lines before
     *     it were read
     */
    Optional<RequestException> read(ImportLines in, boolean csv, ImportService.Session session) {
        long lineNumber = 0;
        try {
            for (String line = in.next(); line != null; line = in.next()) {
                lineNumber++;
                if (in.tooLong()) {
                    session.badLine(lineNumber, "longer than " + in.maxChars() + " characters");
                } else if (!line.isBlank()) {
                    readLine(line, lineNumber, csv, session);
                }
            }
            return Optional.empty();
        } catch (RequestException cutShort) {
            session.cutShort(cutShort.getMessage());
            return Optional.of(cutShort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readLine(String line, long lineNumber, boolean csv, ImportService.Session session) {
        Order order;
        try {
            order = csv ? basket(line, lineNumber) : ndjson(line);
        } catch (RequestException | IllegalArgumentException e) {
            session.badLine(lineNumber, e.getMessage());
            return;
        }
        session.order(order);
    }

    private Order basket(String line, long lineNumber) {
        Map<String, CartLine> items = new LinkedHashMap<>();
        List<String> names = csvFields(line);
        for (int i = 0; i < names.size(); i++) {
            String sku = names.get(i) == null ? "" : names.get(i).strip();
            if (!sku.isEmpty()) {
                StoredText.check(sku, "item " + (i + 1));
                items.putIfAbsent(sku, new CartLine(sku, sku, 1, Money.zero(currency)));
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no items");
        }
        if (items.size() > RequestReaders.MAX_LINES) {
            throw new IllegalArgumentException("more than " + RequestReaders.MAX_LINES + " items");
        }
        return new Order(basketPrefix + "-" + lineNumber, null, null, currency, List.copyOf(items.values()),
                Money.zero(currency), now);
    }

    private static List<String> csvFields(String line) {
        try {
            return CSV_LINE.readValue(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a CSV line: a quote is not closed or a field is malformed");
        }
    }

    private Order ndjson(String line) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Fields.object(node, "");
        Currency c = node.hasNonNull("currency") ? Fields.currency(node, "currency", "currency") : currency;
        if (!c.equals(currency)) {
            throw RequestException.badField("currency", "expected " + currency + " (the shop's currency), got " + c);
        }
        List<CartLine> lines = new ArrayList<>();
        JsonNode array = Fields.array(node, "lines", "lines", RequestReaders.MAX_LINES);
        for (int i = 0; i < array.size(); i++) {
            JsonNode l = Fields.object(array.get(i), "lines[" + i + "]");
            String at = "lines[" + i + "]";
            lines.add(new CartLine(Fields.key(l, "sku", at + ".sku"),
                    Fields.optionalText(l, "name", at + ".name"),
                    l.hasNonNull("quantity") ? Fields.positiveInt(l, "quantity", at + ".quantity", 10_000) : 1,
                    l.hasNonNull("unitPrice") ? Fields.money(l, "unitPrice", at + ".unitPrice", c) : Money.zero(c)));
        }
        Money total = node.hasNonNull("total") ? Fields.money(node, "total", "total", c)
                : lines.stream().map(CartLine::lineTotal).reduce(Money.zero(c), Money::plus);
        String email = node.hasNonNull("customerEmail") ? Fields.email(node, "customerEmail", "customerEmail") : null;
        return new Order(Fields.key(node, "orderId", "orderId"), email, Fields.optionalText(node, "customerName", "customerName"),
                c, lines, total, placedAt(node));
    }

    private Instant placedAt(JsonNode node) {
        String text = Fields.optionalText(node, "placedAt", "placedAt");
        if (text == null) {
            return now;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw RequestException.badField("placedAt", "expected an ISO-8601 instant such as 2026-01-15T10:00:00Z");
        }
    }

}
