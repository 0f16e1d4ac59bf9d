package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Product;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The products table, keyed by (shop, sku). */
final class ProductDao {

    private static final List<String> COLUMNS =
            List.of("shop_id", "sku", "name", "price", "currency", "url", "image_url", "updated_at");
    private static final String ASSIGNMENTS = "name = excluded.name, price = excluded.price,"
            + " currency = excluded.currency, url = excluded.url, image_url = excluded.image_url,"
            + " updated_at = excluded.updated_at";
    private static final String SELECT = "SELECT sku, name, price, currency, url, image_url FROM products"
            + " WHERE shop_id = ?";

    private final String upsert;

    ProductDao(Dialect dialect) {
        this.upsert = dialect.upsert(new Upsert("products", List.of("shop_id", "sku"), COLUMNS, ASSIGNMENTS));
    }

    /**
     * Writes the products, the last one winning where a sku repeats; returns how many skus. Rows are
     * written in sku order so two concurrent calls lock them in the same order and cannot deadlock.
     */
    int upsert(Connection c, String shopId, List<Product> products, Instant at) throws SQLException {
        Map<String, Product> bySku = new TreeMap<>();
        products.forEach(p -> bySku.put(p.sku(), p));
        Sql.batch(c, upsert, bySku.values().stream().map(p -> new Object[] {shopId, p.sku(), p.name(),
                p.price().amount(), p.price().currency().getCurrencyCode(), p.url(), p.imageUrl(), at}).toList());
        return bySku.size();
    }

    /** By character code, the same on both databases whatever their collation. */
    List<Product> all(Connection c, String shopId) throws SQLException {
        List<Product> products = Sql.list(c, SELECT, ProductDao::product, shopId);
        products.sort(Comparator.comparing(Product::sku));
        return products;
    }

    Optional<Product> find(Connection c, String shopId, String sku) throws SQLException {
        return Sql.first(c, SELECT + " AND sku = ?", ProductDao::product, shopId, sku);
    }

    private static Product product(ResultSet rs) throws SQLException {
        Money price = new Money(rs.getBigDecimal("price"), Currency.getInstance(rs.getString("currency")));
        return new Product(rs.getString("sku"), rs.getString("name"), price, rs.getString("url"),
                rs.getString("image_url"));
    }
}
