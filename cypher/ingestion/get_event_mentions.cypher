// params: $ids LIST<STRING> — returns: events LIST<{id, type, actor, target, status (before
//   this refresh), mentions LIST<facts of each mention>}>, in one row (a row per event costs the
//   driver more than the read)
UNWIND $ids AS id
MATCH (e:Event {id: id})-[m:REPORTED_IN]->(d)  // no label on d: nothing for a plan to start from
USING INDEX SEEK e:Event(id)
WITH e, collect({
  status: m.status, source_key: m.source_key, attributed_to: m.attributed_to,
  confidence: m.confidence, occurred_on: m.occurred_on, precision: m.precision,
  reported_on: d.published_on, valid_from: m.valid_from, valid_to: m.valid_to
}) AS mentions
RETURN collect({
  id: e.id, type: e.type, actor: e.actor, target: e.target, status: e.status,
  mentions: mentions
}) AS events
