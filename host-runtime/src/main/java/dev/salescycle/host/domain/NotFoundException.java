package dev.salescycle.host.domain;

/** What was asked for does not exist: a shop, an order, a customer, a plugin, a file. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String code, String message, String field) {
        super(code, message, field);
    }

    /** A shop this host does not have, naming the field {@code shopId}. */
    public static NotFoundException unknownShop(String shopId) {
        return new NotFoundException("unknown_shop", "no shop '" + shopId + "' on this host", "shopId");
    }
}
