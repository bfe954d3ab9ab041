// params: $id STRING — returns: id STRING, dyads LIST<STRING> the document has mentions of (no row when
//   there is no such document); write-locks the document's Lock node first (as lock_documents
//   does), then reads it, so no writer adds to it or removes it meanwhile
OPTIONAL MATCH (seen:Document {id: $id})
WITH seen
WHERE seen IS NOT NULL
MERGE (l:Lock {key: 'document:' + $id})
SET l.locked = true
REMOVE l.locked
WITH l
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)<-[:REPORTED_IN]-(e:Event)
RETURN d.id AS id, collect(DISTINCT e.dyad) AS dyads
