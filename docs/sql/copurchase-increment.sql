-- Adds the orders recorded since the last run to one shop's item and pair counts and re-ranks the skus they
-- touch; the first run counts every order. Run every few minutes. It keeps every pair's count
-- (copurchase_pairs), so a shop uses either this or copurchase-refresh.sql; to start over (orders erased),
-- delete the shop's rows of the four tables.
--   psql -v ON_ERROR_STOP=1 -v shop=demo-coffee -v k=64 -v min_orders=2 -f docs/sql/copurchase-increment.sql
BEGIN;
SET LOCAL work_mem = '64MB';
INSERT INTO copurchase_counted (shop_id, orders, up_to) VALUES (:'shop', 0, 0) ON CONFLICT (shop_id) DO NOTHING;
-- One increment at a time per shop.
SELECT up_to AS since FROM copurchase_counted WHERE shop_id = :'shop' FOR UPDATE \gset

CREATE TEMP TABLE counted_up_to ON COMMIT DROP AS
    SELECT COALESCE((SELECT last_seq FROM order_stream_heads WHERE shop_id = :'shop'), 0) AS up_to;

CREATE TEMP TABLE fresh ON COMMIT DROP AS
    SELECT DISTINCT l.order_id, l.sku
    FROM orders o JOIN order_lines l ON l.shop_id = o.shop_id AND l.order_id = o.order_id
    WHERE o.shop_id = :'shop' AND o.stream_seq > :since AND o.stream_seq <= (SELECT up_to FROM counted_up_to);

INSERT INTO copurchase_items (shop_id, sku, orders)
    SELECT :'shop', sku, count(*) FROM fresh GROUP BY sku
    ON CONFLICT (shop_id, sku) DO UPDATE SET orders = copurchase_items.orders + EXCLUDED.orders;

UPDATE copurchase_counted
    SET orders = orders + (SELECT count(DISTINCT order_id) FROM fresh), up_to = (SELECT up_to FROM counted_up_to)
    WHERE shop_id = :'shop';

INSERT INTO copurchase_pairs (shop_id, sku, other, orders)
    SELECT :'shop', a.sku, b.sku, count(*)
    FROM fresh a JOIN fresh b ON a.order_id = b.order_id AND a.sku < b.sku
    GROUP BY a.sku, b.sku
    ON CONFLICT (shop_id, sku, other) DO UPDATE SET orders = copurchase_pairs.orders + EXCLUDED.orders;

-- Only a sku of a new order can gain a pair count, so only those lists can change.
CREATE TEMP TABLE touched ON COMMIT DROP AS SELECT DISTINCT sku FROM fresh;
DELETE FROM copurchase_top t USING touched WHERE t.shop_id = :'shop' AND t.sku = touched.sku;
INSERT INTO copurchase_top (shop_id, sku, rank, other, orders)
    SELECT :'shop', sku, rank, other, orders
    FROM (SELECT sku, other, orders,
                 row_number() OVER (PARTITION BY sku ORDER BY orders DESC, other) AS rank
          FROM (SELECT p.sku, p.other, p.orders FROM copurchase_pairs p JOIN touched t ON t.sku = p.sku
                WHERE p.shop_id = :'shop' AND p.orders >= :min_orders
                UNION ALL
                SELECT p.other, p.sku, p.orders FROM copurchase_pairs p JOIN touched t ON t.sku = p.other
                WHERE p.shop_id = :'shop' AND p.orders >= :min_orders) AS both_ways) AS ranked
    WHERE rank <= :k;
COMMIT;
