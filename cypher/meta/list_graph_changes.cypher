// params: $after INTEGER, $upto INTEGER — returns: seq INTEGER, dyads LIST<STRING> (null: not
//   known), ties INTEGER (the TIE count after it) of each write transaction kept in between
MATCH (c:GraphChange)
WHERE c.seq > $after AND c.seq <= $upto
RETURN c.seq AS seq, c.dyads AS dyads, c.ties AS ties
ORDER BY seq
