// params: $ids LIST<STRING> — returns: per event id, type, actor, target, its status before this
//   refresh, and facts of every mention
UNWIND $ids AS id
MATCH (e:Event {id: id})-[m:REPORTED_IN]->(d)  // no label on d: nothing for a plan to start from
USING INDEX SEEK e:Event(id)
RETURN
  e.id AS id, e.type AS type, e.actor AS actor, e.target AS target, e.status AS status,
  collect({
    status: m.status, source_key: m.source_key, attributed_to: m.attributed_to,
    confidence: m.confidence, occurred_on: m.occurred_on, precision: m.precision,
    reported_on: d.published_on, valid_from: m.valid_from, valid_to: m.valid_to
  }) AS mentions
