-- The storefront's visitor id given with a live order (optional): the unit of experiments and of a session's
-- attribution.
ALTER TABLE orders ADD COLUMN visitor_id VARCHAR(200);
