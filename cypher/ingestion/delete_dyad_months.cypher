// params: $keys LIST<STRING> (dyad keys) — returns: nothing; their month cells, to be summed anew
UNWIND $keys AS key
MATCH (m:DyadMonth {dyad: key})
USING INDEX SEEK m:DyadMonth(dyad, month)  // plans made on an empty graph would scan
WHERE m.month IS NOT NULL  // the composite index needs a predicate on both keys
DELETE m
