// params: $rows LIST<{dyad STRING, actor STRING, target STRING, props MAP}> — returns: nothing
UNWIND $rows AS row
MATCH (a:Actor {code: row.actor}), (b:Actor {code: row.target})
USING INDEX a:Actor(code)
USING INDEX b:Actor(code)
MERGE (a)-[t:TIE {dyad: row.dyad}]->(b)
SET t += row.props
