package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Product;
import java.util.List;
import java.util.Optional;

/**
 * Read access to a shop's products.
 *
 * @since 1.0.0
 */
public interface ProductCatalog {

    /** The product with this sku, if the shop has it. */
    Optional<Product> find(String sku);

    /** All products of the shop, in sku order. */
    List<Product> all();
}
