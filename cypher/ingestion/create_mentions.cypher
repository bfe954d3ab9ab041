// params: $rows LIST<{event STRING, document STRING, location STRING?, props MAP}>
// returns: nothing; links each new mention (REPORTED_IN) and where it puts the event
UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (d:Document {id: row.document})
USING INDEX SEEK e:Event(id)
USING INDEX SEEK d:Document(id)
CREATE (e)-[m:REPORTED_IN]->(d)
SET m = row.props
WITH e, row
WHERE row.location IS NOT NULL
MATCH (l:Actor {code: row.location})
USING INDEX SEEK l:Actor(code)
MERGE (e)-[:LOCATION]->(l)
SET e.location = row.location
