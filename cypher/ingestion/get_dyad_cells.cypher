// params: $keys LIST<STRING> (dyad keys)
// returns: cells LIST<{key, month DATE, status, events INTEGER, confidence_sum FLOAT, first_on,
//   last_on DATE, confidence FLOAT (max), intervals LIST<[from, to]> (durative events;
//   9999-12-31 for "still in force")}>, in one row — each dyad's events summed per month and
//   status, from which its tie and its month cells are both recomputed (one read of the events;
//   one row, since a row per cell costs the driver more than the read)
UNWIND $keys AS key
MATCH (e:Event {dyad: key})
USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on IS NOT NULL  // the composite index needs a predicate on both keys
WITH
  key,
  date.truncate('month', e.occurred_on) AS month,
  e.status AS status,
  count(e) AS events,
  sum(e.confidence) AS confidence_sum,
  min(e.occurred_on) AS first_on,
  max(e.occurred_on) AS last_on,
  max(e.confidence) AS confidence,
  collect(CASE WHEN e.valid_from IS NULL THEN null
               ELSE [e.valid_from, coalesce(e.valid_to, date('9999-12-31'))] END) AS intervals
RETURN collect({
  key: key, month: month, status: status, events: events, confidence_sum: confidence_sum,
  first_on: first_on, last_on: last_on, confidence: confidence, intervals: intervals
}) AS cells
