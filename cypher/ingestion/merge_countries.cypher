// params: $rows LIST<{code STRING, name STRING}> — returns: nothing; every state an event names
UNWIND $rows AS row
MERGE (c:Actor {code: row.code})
ON CREATE SET c:Country, c.name = row.name
