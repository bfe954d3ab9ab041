// params: $name STRING, $holder STRING, $now DATETIME, $until DATETIME (null: give it up)
// returns: holder STRING, the lease's holder after this call; the lease is taken (or renewed)
//   when it is free, expired or already the caller's, so one process at a time does the work.
//   The node's write lock is taken first: a second caller waits, then reads the first's holder.
MERGE (l:Lease {name: $name})
SET l.locked = true
REMOVE l.locked
WITH l
CALL (l) {
  WITH l
  WHERE l.holder IS NULL OR l.holder = $holder OR l.expires_at <= $now
  SET l.holder = CASE WHEN $until IS NULL THEN null ELSE $holder END,
      l.expires_at = $until
}
RETURN l.holder AS holder
