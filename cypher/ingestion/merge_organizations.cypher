// params: $rows LIST<{code STRING, name STRING, kind STRING, props MAP}> — returns: nothing
UNWIND $rows AS row
MERGE (o:Actor {code: row.code})
ON CREATE SET o:Organization, o.name = row.name, o.kind = row.kind
SET o += row.props
