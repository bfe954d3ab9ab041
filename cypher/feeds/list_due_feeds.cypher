// params: $now DATETIME, $limit INTEGER — returns: feed MAP of the feeds due by $now, the most
//   overdue first
MATCH (f:Feed)
WHERE f.next_poll_at <= $now
RETURN f {.*} AS feed
ORDER BY f.next_poll_at
LIMIT $limit
