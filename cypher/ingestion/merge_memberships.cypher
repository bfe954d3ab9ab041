// params: $rows LIST<{actor STRING, organization STRING, valid_from DATE, valid_to DATE?}>
// returns: nothing; a state's membership of an alliance organization, from its ALLIANCE tie
UNWIND $rows AS row
MATCH (a:Country {code: row.actor}), (o:Organization {code: row.organization})
USING INDEX SEEK a:Country(code)
USING INDEX SEEK o:Organization(code)
MERGE (a)-[r:MEMBER_OF]->(o)
SET r.valid_from = row.valid_from, r.valid_to = row.valid_to, r.source = row.source
