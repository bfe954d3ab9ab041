// params: $rows LIST<{id STRING, props MAP}> (documents no transaction stored before; their nodes
// exist, made and locked by lock_documents) — returns: nothing
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
USING INDEX SEEK d:Document(id)
SET d += row.props, d.ingested_at = datetime()
