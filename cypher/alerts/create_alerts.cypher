// params: $alerts LIST<{watch STRING, kind STRING, payload STRING, hook BOOLEAN}> (one per
//           change and watch that matches it, in the order of the changes), $now DATETIME
// returns: nothing; the alerts, numbered from one counter: the counter's lock is held to the end
//   of the transaction, so alerts are numbered in the order their transactions commit and a
//   reader that sees alert n has seen every alert before it (what cursors and streams rely on)
MERGE (n:AlertCounter {id: 'alerts'})
SET n.seq = coalesce(n.seq, 0) + size($alerts)
WITH n.seq - size($alerts) AS base
UNWIND range(0, size($alerts) - 1) AS i
WITH base + i + 1 AS seq, $alerts[i] AS alert
CREATE (:Alert {
  id: 'alert-' + toString(seq), seq: seq, watch: alert.watch, kind: alert.kind,
  payload: alert.payload, created_at: $now, attempts: 0, log: [],
  delivery: CASE WHEN alert.hook THEN 'pending' ELSE 'none' END,
  next_attempt_at: CASE WHEN alert.hook THEN $now END
})
