// params: $id STRING — returns: events LIST<STRING>, dyads LIST<STRING> that it had mentions of
// (no row when there is no such document); removes the document and its mentions
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)<-[m:REPORTED_IN]-(e:Event)
WITH d, collect(DISTINCT e.id) AS events, collect(DISTINCT e.dyad) AS dyads
DETACH DELETE d
RETURN events, dyads
