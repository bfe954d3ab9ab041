// params: $keys LIST<STRING> — returns: per dyad key, the facts of its events (none: no row)
UNWIND $keys AS key
MATCH (e:Event {dyad: key})
WHERE e.occurred_on IS NOT NULL  // lets the planner use the (dyad, occurred_on) index
RETURN
  key,
  collect({
    occurred_on: e.occurred_on, status: e.status, confidence: e.confidence,
    valid_from: e.valid_from, valid_to: e.valid_to
  }) AS events
