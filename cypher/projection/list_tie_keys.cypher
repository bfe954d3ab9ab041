// params: $dyads LIST<STRING> (null: every tie) — returns: one row of parallel lists, one item
//   per tie: dyad, source, target, type (the ties an event table holds events of) and events
//   (the tie's event count, to size the reads of their events)
CALL () {
  WITH 1 AS every WHERE $dyads IS NULL
  MATCH (a:Actor)-[t:TIE]->(b:Actor)
  RETURN a, b, t
  UNION ALL
  UNWIND coalesce($dyads, []) AS dyad
  MATCH (a:Actor)-[t:TIE {dyad: dyad}]->(b:Actor)
  USING INDEX SEEK t:TIE(dyad)  // plans made on an empty graph would scan
  RETURN a, b, t
}
RETURN
  collect(t.dyad) AS dyad, collect(a.code) AS source, collect(b.code) AS target,
  collect(t.type) AS type, collect(coalesce(t.events, 0)) AS events
