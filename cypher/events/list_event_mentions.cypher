// params: $ids LIST<STRING>, $per_event INTEGER
// returns: id STRING, mentions LIST<MAP> — per event, its newest mentions with their documents
UNWIND $ids AS id
MATCH (e:Event {id: id})
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
RETURN id, mentions
