// params: $changes LIST<{kind STRING, type STRING, actor STRING, target STRING, rank INTEGER,
//           payload STRING}> (what this write transaction changed), $now DATETIME
// returns: alerts INTEGER (recorded); one alert per (change, watch that matches it), numbered
//   from one counter: the counter's lock is held to the end of the transaction, so alerts are
//   numbered in the order their transactions commit and a reader that sees alert n has seen
//   every alert before it (what cursors and the stream rely on)
UNWIND $changes AS c
MATCH (w:Watch)
WHERE c.kind IN w.on
  AND (w.types IS NULL OR c.type IN w.types)
  AND all(code IN w.countries WHERE code IN [c.actor, c.target])
  AND c.rank >= coalesce(w.min_rank, 0)
WITH collect({watch: w.id, hook: w.webhook_url IS NOT NULL, change: c}) AS hits
WHERE size(hits) > 0
MERGE (n:AlertCounter {id: 'alerts'})
SET n.seq = coalesce(n.seq, 0) + size(hits)
WITH n.seq - size(hits) AS base, hits
UNWIND range(0, size(hits) - 1) AS i
WITH base + i + 1 AS seq, hits[i] AS hit
CREATE (a:Alert {
  id: 'alert-' + toString(seq), seq: seq, watch: hit.watch, kind: hit.change.kind,
  payload: hit.change.payload, created_at: $now, attempts: 0, log: [],
  delivery: CASE WHEN hit.hook THEN 'pending' ELSE 'none' END,
  next_attempt_at: CASE WHEN hit.hook THEN $now END
})
RETURN count(a) AS alerts
