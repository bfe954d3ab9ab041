// params: $rows LIST<{actor STRING, organization STRING}> — returns: nothing
UNWIND $rows AS row
MATCH (:Actor {code: row.actor})-[r:MEMBER_OF]->(:Actor {code: row.organization})
DELETE r
