package dev.salescycle.demo.sample;

import java.util.Currency;

/** A product as {@code PUT /api/v1/shops/{shop}/products} takes it. */
record CatalogueEntry(String sku, String name, String price, String currency) {

    static CatalogueEntry of(SampleProduct product, Currency currency) {
        return new CatalogueEntry(product.sku(), product.name(), product.price().toPlainString(),
                currency.getCurrencyCode());
    }
}
