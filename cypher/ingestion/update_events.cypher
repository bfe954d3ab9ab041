// params: $rows LIST<{id STRING, props MAP}> — returns: nothing; derived status, confidence, dates
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
USING INDEX SEEK e:Event(id)
SET e += row.props
