// params: $id STRING, $props MAP (poll state: last_poll_at, last_status, last_error, failures,
//         items_seen, items_new, next_poll_at, etag, last_modified), $documents INTEGER (added)
// returns: feed MAP (no row: the feed was deleted meanwhile)
MATCH (f:Feed {id: $id})
SET f += $props, f.documents = coalesce(f.documents, 0) + $documents
RETURN f {.*} AS feed
