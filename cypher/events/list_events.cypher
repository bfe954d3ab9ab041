// params: $country STRING?, $counterpart STRING?, $type STRING?, $status STRING?,
//         $since DATE?, $until DATE?, $min_confidence FLOAT, $after_date DATE?, $after_id STRING?,
//         $limit INTEGER, $with_mentions BOOLEAN
// returns: event MAP, mentions LIST<MAP> — newest first, keyset-paginated on (occurred_on, id)
MATCH (e:Event)
WHERE e.occurred_on <= coalesce($until, date('9999-12-31'))
  AND ($since IS NULL OR e.occurred_on >= $since)
  AND ($type IS NULL OR e.type = $type)
  AND ($status IS NULL OR e.status = $status)
  AND e.confidence >= $min_confidence
  AND ($country IS NULL OR $country IN [e.actor, e.target])
  AND ($counterpart IS NULL OR $counterpart IN [e.actor, e.target])
  AND ($after_date IS NULL OR e.occurred_on < $after_date
       OR (e.occurred_on = $after_date AND e.id < $after_id))
WITH e
ORDER BY e.occurred_on DESC, e.id DESC
LIMIT $limit
CALL (e) {
  OPTIONAL MATCH (e)-[m:REPORTED_IN]->(d:Document)
  WHERE $with_mentions
  WITH m, d ORDER BY d.published_on, m.start, d.id, m.key  // the same order on every graph
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE m {
    .*, document_id: d.id, title: d.title, url: d.url, source: d.source,
    published_on: d.published_on
  } END) AS mentions
}
RETURN e {.*} AS event, mentions
