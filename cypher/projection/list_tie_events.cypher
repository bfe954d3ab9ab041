// params: $dyads LIST<STRING>, $none_before INTEGER, $none_after INTEGER
// returns: one row of parallel lists, one item per event of those dyads: tie (the dyad's
//   position in $dyads), day, valid_from, valid_to (days since 1970-01-01; $none_before and
//   $none_after where there is no validity), status, confidence, goldstein — what every filter
//   decides an event by; lists decode far faster than 10⁶ records
WITH date('1970-01-01') AS epoch
UNWIND range(0, size($dyads) - 1) AS tie
MATCH (e:Event {dyad: $dyads[tie]})
USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on IS NOT NULL
RETURN
  collect(tie) AS tie,
  collect(duration.inDays(epoch, e.occurred_on).days) AS day,
  collect(CASE WHEN e.valid_from IS NULL THEN $none_before
          ELSE duration.inDays(epoch, e.valid_from).days END) AS valid_from,
  collect(CASE WHEN e.valid_from IS NULL OR e.valid_to IS NULL THEN $none_after
          ELSE duration.inDays(epoch, e.valid_to).days END) AS valid_to,
  collect(e.status) AS status, collect(coalesce(e.confidence, 0.0)) AS confidence,
  collect(coalesce(e.goldstein, 0.0)) AS goldstein
