// params: $keys LIST<STRING> (dyad keys) — returns: key STRING, cell MAP (stored properties) of
//   each month cell of those dyads
UNWIND $keys AS key
MATCH (m:DyadMonth {dyad: key})
USING INDEX SEEK m:DyadMonth(dyad, month)
WHERE m.month IS NOT NULL
RETURN key, properties(m) AS cell
