// params: $id STRING — returns: document MAP (without its text), events LIST<{event, mention}>
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)<-[m:REPORTED_IN]-(e:Event)
WITH d, e, m
ORDER BY m.start, e.occurred_on, e.id
RETURN
  d {.id, .kind, .title, .url, .source, .published_on, .ingested_at} AS document,
  collect(CASE WHEN e IS NULL THEN null ELSE {
    event: e {.*},
    mention: m {.*, document_id: d.id, title: d.title, url: d.url, source: d.source,
                published_on: d.published_on}
  } END) AS events
