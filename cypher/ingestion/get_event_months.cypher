// params: $keys LIST<STRING> (dyad keys)
// returns: key, month DATE, status, events INTEGER, confidence FLOAT (sum), first_on DATE —
//          the events of each dyad summed per month and status
UNWIND $keys AS key
MATCH (e:Event {dyad: key})
USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on IS NOT NULL  // the composite index needs a predicate on both keys
RETURN
  key,
  date.truncate('month', e.occurred_on) AS month,
  e.status AS status,
  count(e) AS events,
  sum(e.confidence) AS confidence,
  min(e.occurred_on) AS first_on
