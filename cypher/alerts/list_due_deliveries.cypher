// params: $now DATETIME, $limit INTEGER
// returns: alert MAP, hook STRING, secret STRING of pending webhook deliveries due by $now,
//   oldest first (hook null: the watch was deleted, the delivery is dropped)
MATCH (a:Alert {delivery: 'pending'})
WHERE a.next_attempt_at <= $now
OPTIONAL MATCH (w:Watch {id: a.watch})
RETURN a {.*} AS alert, w.webhook_url AS hook, w.secret AS secret
ORDER BY a.seq
LIMIT $limit
