// params: $rows LIST<{actor STRING, organization STRING}> — returns: nothing
UNWIND $rows AS row
MATCH (a:Actor {code: row.actor})-[r:MEMBER_OF]->(o:Actor {code: row.organization})
USING INDEX SEEK a:Actor(code)
DELETE r
