// params: $ids LIST<STRING> (sorted, so writers take the locks in one order)
// returns: id STRING, new BOOLEAN (no earlier transaction stored it) of each document; makes
//   each document node if missing and write-locks it until the transaction ends, so writers of
//   one document run one after another (the uniqueness constraint makes a concurrent MERGE wait)
UNWIND $ids AS id
MERGE (d:Document {id: id})
SET d.locked = true
REMOVE d.locked
RETURN id, d.ingested_at IS NULL AS new
