// params: $rows LIST<{id STRING, actor STRING, target STRING, props MAP}> — returns: nothing
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e += row.props, e.created_at = datetime()
WITH e, row
MATCH (a:Actor {code: row.actor}), (b:Actor {code: row.target})
USING INDEX SEEK a:Actor(code)
USING INDEX SEEK b:Actor(code)
MERGE (e)-[:ACTOR]->(a)
MERGE (e)-[:TARGET]->(b)
