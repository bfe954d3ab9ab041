// params: $rows LIST<{key, feed, url, document, done BOOLEAN, error, at DATETIME}>
// returns: nothing; records what became of each item read (or tried)
UNWIND $rows AS row
MERGE (i:FeedItem {key: row.key})
ON CREATE SET i.feed = row.feed, i.url = row.url, i.first_seen_at = row.at, i.attempts = 0
SET i.attempts = i.attempts + 1, i.done = row.done, i.document = row.document,
    i.error = row.error, i.last_tried_at = row.at
