// params: $props MAP (id, url, interval_s, created_at, next_poll_at)
// returns: feed MAP, created BOOLEAN (false: a feed of this URL was there; left as it was)
MERGE (f:Feed {id: $props.id})
ON CREATE SET f += $props, f.fresh = true
WITH f, coalesce(f.fresh, false) AS created
REMOVE f.fresh
RETURN f {.*} AS feed, created
