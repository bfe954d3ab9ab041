// params: $code STRING, filters: $types (the rest are taken and not applied)
// returns: ties INTEGER, the ties among the actors at most two hops from $code
// The benchmark's floor for an ego network: reading the ties it holds, before any event is
// checked against a date, so a lower bound of what the database side would cost.
MATCH (c:Actor {code: $code})
OPTIONAL MATCH (c)-[:TIE]-(x:Actor)
WITH c, collect(DISTINCT x) AS near
WITH near + [c] AS first
UNWIND first AS one
OPTIONAL MATCH (one)-[:TIE]-(y:Actor)
WITH first, collect(DISTINCT y) AS second
WITH first + second AS near
UNWIND near AS a
WITH DISTINCT a, near
MATCH (a)-[t:TIE]->(b:Actor)
WHERE b IN near AND t.type IN $types
RETURN count(t) AS ties
