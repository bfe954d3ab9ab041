// params: $keys LIST<STRING> — returns: key STRING of each mention already in the graph
UNWIND $keys AS key
MATCH ()-[m:REPORTED_IN {key: key}]->()
USING INDEX SEEK m:REPORTED_IN(key)
RETURN DISTINCT key
