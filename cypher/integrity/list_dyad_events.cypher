// params: $keys LIST<STRING> (dyad keys)
// returns: key STRING, event MAP (its stored properties), mentions LIST<MAP> (the facts of each
//   of its mentions, with the reporting document's date) — everything an event is derived from
UNWIND $keys AS key
MATCH (e:Event {dyad: key})
USING INDEX SEEK e:Event(dyad, occurred_on)
WHERE e.occurred_on IS NOT NULL  // the composite index needs a predicate on both keys
OPTIONAL MATCH (e)-[m:REPORTED_IN]->(d)
RETURN
  key,
  properties(e) AS event,
  collect(CASE WHEN m IS NULL THEN null ELSE {
    key: m.key, status: m.status, source_key: m.source_key, attributed_to: m.attributed_to,
    confidence: m.confidence, occurred_on: m.occurred_on, precision: m.precision,
    reported_on: d.published_on, valid_from: m.valid_from, valid_to: m.valid_to
  } END) AS mentions
