// params: $unit STRING, filters: $types, $statuses, $min_confidence, $first_day, $last_day
// returns: a, b STRING (the pair, a < b), period DATE, score FLOAT, events INTEGER
MATCH (e:Event)
WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
  AND e.type IN $types AND e.status IN $statuses AND e.confidence >= $min_confidence
  AND e.status <> 'denied'
WITH
  CASE WHEN e.actor < e.target THEN e.actor ELSE e.target END AS a,
  CASE WHEN e.actor < e.target THEN e.target ELSE e.actor END AS b,
  date.truncate($unit, e.occurred_on) AS period,
  e
RETURN a, b, period, sum(e.goldstein * e.confidence) AS score, count(e) AS events
