package dev.salescycle.host.store;

/** The data access objects of one store, built for its dialect. */
record Daos(LeadDao leads, CustomerDao customers, ProductDao products, OrderDao orders, OrderQueries orderQueries,
            IdempotencyDao idempotency, MessageDao messages, StateDao state, FunnelDao funnel,
            UnsubscribeDao unsubscribes, DeliveryDao deliveries, PrivacyDao privacy, ErasureDao erasure,
            AttributionDao attribution, StreamDao stream) {

    static Daos of(Dialect dialect) {
        return new Daos(new LeadDao(), new CustomerDao(dialect), new ProductDao(dialect), new OrderDao(),
                new OrderQueries(dialect), new IdempotencyDao(), new MessageDao(), new StateDao(dialect),
                new FunnelDao(), new UnsubscribeDao(), new DeliveryDao(), new PrivacyDao(), new ErasureDao(),
                new AttributionDao(), new StreamDao(dialect));
    }
}
