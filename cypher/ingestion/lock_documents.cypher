// params: $rows LIST<{id STRING, props MAP}> (sorted by id, so writers take the locks in one
//   order) — returns: new LIST<STRING>, in one row (a row per document costs the driver more than
//   the statement), the ids of the documents no committed transaction stored; write-locks each document's Lock node until the transaction ends, so writers and deleters of
//   one document run one after another, and stores the documents that are new (in the same
//   statement: one look-up per document). The Lock node, unlike the Document, is never deleted:
//   a writer that waited on it reads the document as the one before it left it.
UNWIND $rows AS row
MERGE (l:Lock {key: 'document:' + row.id})
SET l.locked = true
REMOVE l.locked
WITH row
MERGE (d:Document {id: row.id})
WITH row, d, d.ingested_at IS NULL AS new
CALL (row, d, new) {
  WITH row, d
  WHERE new
  SET d += row.props, d.ingested_at = datetime()
}
RETURN collect(CASE WHEN new THEN row.id END) AS new
