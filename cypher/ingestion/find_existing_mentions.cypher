// params: $keys LIST<STRING> — returns: keys LIST<STRING>, in one row, of the mentions already in
//   the graph (a row per key costs the driver more than the look-up)
UNWIND $keys AS key
MATCH ()-[m:REPORTED_IN {key: key}]->()
USING INDEX SEEK m:REPORTED_IN(key)
WITH DISTINCT key
RETURN collect(key) AS keys
