// params: $dyads LIST<{key STRING, keep LIST<STRING>}> (dyad keys, and the cell keys that
//         still have events) — returns: nothing; the dyads' other month cells
UNWIND $dyads AS d
MATCH (m:DyadMonth {dyad: d.key})
USING INDEX SEEK m:DyadMonth(dyad, month)  // plans made on an empty graph would scan
WHERE m.month IS NOT NULL  // the composite index needs a predicate on both keys
  AND NOT m.key IN d.keep
DELETE m
