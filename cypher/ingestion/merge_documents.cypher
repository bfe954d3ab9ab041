// params: $rows LIST<{id STRING, props MAP}> (documents no transaction stored before, each
// locked by lock_documents) — returns: nothing
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.ingested_at = datetime()
