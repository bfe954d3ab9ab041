// params: $ids LIST<STRING> — returns: id of each event deleted because no mention is left
UNWIND $ids AS id
MATCH (e:Event {id: id})
USING INDEX SEEK e:Event(id)
WHERE NOT (e)-[:REPORTED_IN]->()
DETACH DELETE e
RETURN id
