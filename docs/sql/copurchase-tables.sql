-- Co-purchase counts kept in PostgreSQL beside the store's tables, and the top-k table a plugin reads.
-- Not part of the host's migrations: a shop that moves learning off the hosts creates them itself.
--   psql -v ON_ERROR_STOP=1 -f docs/sql/copurchase-tables.sql

-- How many orders hold each sku, and how many orders were counted (the N of support and lift).
CREATE TABLE IF NOT EXISTS copurchase_items (
    shop_id VARCHAR(64)  NOT NULL,
    sku     VARCHAR(200) NOT NULL,
    orders  BIGINT       NOT NULL,
    PRIMARY KEY (shop_id, sku)
);
CREATE TABLE IF NOT EXISTS copurchase_counted (
    shop_id VARCHAR(64) NOT NULL PRIMARY KEY,
    orders  BIGINT      NOT NULL,
    up_to   BIGINT      NOT NULL   -- the order stream position (orders.stream_seq) counted up to
);
-- Every pair bought together, once (sku < other). Needed only for incremental refreshes.
CREATE TABLE IF NOT EXISTS copurchase_pairs (
    shop_id VARCHAR(64)  NOT NULL,
    sku     VARCHAR(200) NOT NULL,
    other   VARCHAR(200) NOT NULL,
    orders  BIGINT       NOT NULL,
    PRIMARY KEY (shop_id, sku, other)
);
CREATE INDEX IF NOT EXISTS copurchase_pairs_other ON copurchase_pairs (shop_id, other);
-- For each sku, the k skus bought with it most often (ties to the sku that sorts first), with the pair's
-- order count. Confidence and lift are computed when read, from copurchase_items and copurchase_counted.
CREATE TABLE IF NOT EXISTS copurchase_top (
    shop_id VARCHAR(64)  NOT NULL,
    sku     VARCHAR(200) NOT NULL,
    rank    SMALLINT     NOT NULL,
    other   VARCHAR(200) NOT NULL,
    orders  BIGINT       NOT NULL,
    PRIMARY KEY (shop_id, sku, rank)
);
