// params: $watch STRING (null: every watch), $before INTEGER (null: from the newest),
//         $after INTEGER (null, or: oldest first from just after it), $limit INTEGER
// returns: alert MAP, newest first below $before, or oldest first above $after
MATCH (a:Alert)
WHERE ($watch IS NULL OR a.watch = $watch)
  AND ($before IS NULL OR a.seq < $before)
  AND ($after IS NULL OR a.seq > $after)
RETURN a {.*} AS alert
ORDER BY CASE WHEN $after IS NULL THEN -a.seq ELSE a.seq END
LIMIT $limit
