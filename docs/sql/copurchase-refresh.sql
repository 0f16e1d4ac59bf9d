-- Full refresh of one shop's item counts and top-k table from orders and order_lines, in one transaction
-- (readers see the old table until it commits). Nightly, or after a large import. The pair counts live
-- only in a temporary table: a shop that refreshes incrementally uses copurchase-increment.sql instead.
--   psql -v ON_ERROR_STOP=1 -v shop=demo-coffee -v k=64 -v min_orders=2 -f docs/sql/copurchase-refresh.sql
-- min_orders: pairs bought together in fewer orders are left out of the top-k table.
BEGIN;
SET LOCAL work_mem = '256MB';

-- Positions rise in commit order, so every order up to the head is committed and none is counted twice.
CREATE TEMP TABLE counted_up_to ON COMMIT DROP AS
    SELECT COALESCE((SELECT last_seq FROM order_stream_heads WHERE shop_id = :'shop'), 0) AS up_to;

-- Each order as its distinct skus (a sku on two lines of one order counts once, as in the plugin).
CREATE TEMP TABLE baskets ON COMMIT DROP AS
    SELECT DISTINCT l.order_id, l.sku
    FROM orders o JOIN order_lines l ON l.shop_id = o.shop_id AND l.order_id = o.order_id
    WHERE o.shop_id = :'shop' AND o.stream_seq <= (SELECT up_to FROM counted_up_to);
ANALYZE baskets;

DELETE FROM copurchase_items WHERE shop_id = :'shop';
INSERT INTO copurchase_items (shop_id, sku, orders)
    SELECT :'shop', sku, count(*) FROM baskets GROUP BY sku;

DELETE FROM copurchase_counted WHERE shop_id = :'shop';
INSERT INTO copurchase_counted (shop_id, orders, up_to)
    SELECT :'shop', (SELECT count(*) FROM orders WHERE shop_id = :'shop' AND stream_seq <= up_to), up_to
    FROM counted_up_to;

-- The self-join: every pair of skus in one order, counted over all orders; rare pairs dropped.
CREATE TEMP TABLE pairs ON COMMIT DROP AS
    SELECT a.sku, b.sku AS other, count(*) AS orders
    FROM baskets a JOIN baskets b ON a.order_id = b.order_id AND a.sku < b.sku
    GROUP BY a.sku, b.sku
    HAVING count(*) >= :min_orders;

-- Both directions of each pair, ranked per sku; the k best are kept.
DELETE FROM copurchase_top WHERE shop_id = :'shop';
INSERT INTO copurchase_top (shop_id, sku, rank, other, orders)
    SELECT :'shop', sku, rank, other, orders
    FROM (SELECT sku, other, orders,
                 row_number() OVER (PARTITION BY sku ORDER BY orders DESC, other) AS rank
          FROM (SELECT sku, other, orders FROM pairs UNION ALL SELECT other, sku, orders FROM pairs) AS both_ways)
         AS ranked
    WHERE rank <= :k;
COMMIT;
