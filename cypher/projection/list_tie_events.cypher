// params: $dyads LIST<STRING>
// returns: one row of parallel lists, one item per event of those dyads: tie (the dyad's
//   position in $dyads), day, valid_from, valid_to (ISO dates, '' where there is none), status,
//   confidence, goldstein — what every filter decides an event by; lists of strings decode far
//   faster than 10⁶ records, and date arithmetic per event cost more than the read
UNWIND range(0, size($dyads) - 1) AS tie
MATCH (e:Event {dyad: $dyads[tie]})
USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on IS NOT NULL
RETURN
  collect(tie) AS tie,
  collect(toString(e.occurred_on)) AS day,
  collect(coalesce(toString(e.valid_from), '')) AS valid_from,
  collect(coalesce(toString(e.valid_to), '')) AS valid_to,
  collect(e.status) AS status, collect(coalesce(e.confidence, 0.0)) AS confidence,
  collect(coalesce(e.goldstein, 0.0)) AS goldstein
