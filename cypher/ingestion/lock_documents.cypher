// params: $ids LIST<STRING> (sorted, so writers take the locks in one order)
// returns: id STRING, new BOOLEAN (no committed transaction stored it) of each document;
//   write-locks each document's Lock node until the transaction ends, so writers and deleters of
//   one document run one after another. The Lock node, unlike the Document, is never deleted: a
//   writer that waited on it reads the document as the one before it left it.
UNWIND $ids AS id
MERGE (l:Lock {key: 'document:' + id})
SET l.locked = true
REMOVE l.locked
WITH id
OPTIONAL MATCH (d:Document {id: id})
RETURN id, d IS NULL OR d.ingested_at IS NULL AS new
