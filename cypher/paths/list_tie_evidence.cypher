// params: $dyads LIST<STRING>, $per_tie INTEGER, $per_event INTEGER,
//         filters: $statuses, $min_confidence, $as_of, $first_day, $last_day
// returns: dyad STRING, events LIST<{event MAP, mentions LIST<MAP>}>, newest first
UNWIND $dyads AS dyad
CALL (dyad) {
  MATCH (e:Event {dyad: dyad})
  USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
  WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
    AND e.status IN $statuses AND e.confidence >= $min_confidence
    AND ($as_of IS NULL OR e.valid_from IS NULL
         OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
  WITH e
  ORDER BY e.occurred_on DESC, e.id DESC
  LIMIT $per_tie
  CALL (e) {
    MATCH (e)-[m:REPORTED_IN]->(d:Document)
    WITH m, d
    ORDER BY d.published_on DESC, m.start, d.id, m.key
    LIMIT $per_event
    RETURN collect(m {
      .*, document_id: d.id, title: d.title, url: d.url, source: d.source,
      published_on: d.published_on
    }) AS mentions
  }
  RETURN collect({event: e {.*}, mentions: mentions}) AS events
}
RETURN dyad, events
