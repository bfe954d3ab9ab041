// A feed's items, one per (feed, item): an item is read once.
CREATE CONSTRAINT feed_item_key IF NOT EXISTS FOR (i:FeedItem) REQUIRE i.key IS UNIQUE
