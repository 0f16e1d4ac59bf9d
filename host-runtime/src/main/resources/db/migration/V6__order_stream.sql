-- The order stream: every order of a shop gets a position, in commit order, that hosts follow to tell their
-- plugins about every order (placed through any host or imported). order_stream_heads holds a shop's last
-- position; orders are stored without one, and a follower's transaction gives committed orders the next
-- positions while holding that row, so positions rise in commit order (see StreamDao).
ALTER TABLE orders ADD COLUMN stream_seq BIGINT;
-- Orders stored before the stream take their row id: unique and rising within a shop, which is all the
-- stream needs (positions may have gaps).
UPDATE orders SET stream_seq = id;
CREATE UNIQUE INDEX orders_shop_stream ON orders (shop_id, stream_seq);

CREATE TABLE order_stream_heads (
    shop_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seq BIGINT      NOT NULL
);
INSERT INTO order_stream_heads (shop_id, last_seq) SELECT shop_id, MAX(id) FROM orders GROUP BY shop_id;

-- What each host's plugins have learned: the stream position up to which every plugin of the shop on that
-- host has taken the orders, written while it changes and as a heartbeat.
CREATE TABLE stream_positions (
    shop_id  VARCHAR(64)  NOT NULL,
    host_id  VARCHAR(100) NOT NULL,
    position BIGINT       NOT NULL,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shop_id, host_id)
);
