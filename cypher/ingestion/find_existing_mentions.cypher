// params: $keys LIST<STRING> — returns: key STRING of each mention already in the graph
UNWIND $keys AS key
MATCH ()-[m:REPORTED_IN {key: key}]->()
RETURN DISTINCT key
