// params: none — returns: feed MAP of every feed, oldest first
MATCH (f:Feed)
RETURN f {.*} AS feed
ORDER BY f.created_at, f.id
