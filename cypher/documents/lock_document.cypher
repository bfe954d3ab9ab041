// params: $id STRING — returns: dyads LIST<STRING> the document has mentions of (no row when
//   there is no such document); write-locks the document first, so no writer adds to it meanwhile
MATCH (d:Document {id: $id})
SET d.locked = true
REMOVE d.locked
WITH d
OPTIONAL MATCH (d)<-[:REPORTED_IN]-(e:Event)
RETURN collect(DISTINCT e.dyad) AS dyads
