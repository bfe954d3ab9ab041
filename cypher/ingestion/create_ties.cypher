// params: $rows LIST<{dyad STRING, actor STRING, target STRING, props MAP}>
// returns: nothing; ties of dyads that had none (the caller checked with get_ties)
UNWIND $rows AS row
MATCH (a:Actor {code: row.actor}), (b:Actor {code: row.target})
USING INDEX SEEK a:Actor(code)
USING INDEX SEEK b:Actor(code)
CREATE (a)-[t:TIE {dyad: row.dyad}]->(b)
SET t += row.props
