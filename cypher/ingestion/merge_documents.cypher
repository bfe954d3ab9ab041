// params: $rows LIST<{id STRING, props MAP}> — returns: nothing; a source document is made once
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d += row.props, d.ingested_at = datetime()
