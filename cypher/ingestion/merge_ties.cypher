// params: $rows LIST<{dyad STRING, actor STRING, target STRING, props MAP}> — returns: nothing
UNWIND $rows AS row
MATCH (a:Actor {code: row.actor})
MATCH (b:Actor {code: row.target})
MERGE (a)-[t:TIE {dyad: row.dyad}]->(b)
SET t += row.props
