// params: $dyads LIST<STRING> (null: every tie), $weights MAP (Goldstein weight per type),
//         filters: $types, $statuses (only when no date, as_of or confidence filter is set:
//         list_ties_from_events answers those)
// returns: one row of parallel lists, one item per qualifying tie: source, target, type,
//          first_on, last_on (ISO strings), events, status, confidence, score — from the tie's
//          per-status facts for the statuses asked (no event is read); lists decode far faster
//          than 10⁴ records
// Ranked strongest first, so the first status present is the tie's status under the filter.
WITH [s IN ['confirmed', 'reported', 'alleged', 'disputed', 'denied'] WHERE s IN $statuses]
  AS ranked
CALL () {
  // Every tie, or only the ties of $dyads (a projection brought up to date after writes).
  WITH 1 AS every WHERE $dyads IS NULL
  MATCH (a:Actor)-[t:TIE]->(b:Actor)
  RETURN a, b, t
  UNION ALL
  UNWIND coalesce($dyads, []) AS dyad
  MATCH (a:Actor)-[t:TIE {dyad: dyad}]->(b:Actor)
  USING INDEX SEEK t:TIE(dyad)  // plans made on an empty graph would scan
  RETURN a, b, t
}
WITH ranked, a, b, t
WHERE t.type IN $types
WITH a, b, t, [s IN ranked WHERE t['n_' + s] > 0] AS present
WHERE present <> []
RETURN
  collect(a.code) AS source, collect(b.code) AS target, collect(t.type) AS type,
  // A tie written without per-status facts (by hand) gives its overall ones.
  collect(toString(coalesce(reduce(f = null, s IN present |
    CASE WHEN f IS NULL OR t['first_on_' + s] < f THEN t['first_on_' + s] ELSE f END),
    t.first_on))) AS first_on,
  collect(toString(coalesce(reduce(l = null, s IN present |
    CASE WHEN l IS NULL OR t['last_on_' + s] > l THEN t['last_on_' + s] ELSE l END),
    t.last_on))) AS last_on,
  collect(reduce(n = 0, s IN present | n + t['n_' + s])) AS events,
  collect(present[0]) AS status,
  collect(coalesce(reduce(c = null, s IN present |
    CASE WHEN c IS NULL OR t['confidence_' + s] > c THEN t['confidence_' + s] ELSE c END),
    t.confidence)) AS confidence,
  collect($weights[t.type] * reduce(c = 0.0, s IN present |
    c + CASE s WHEN 'denied' THEN 0.0 ELSE coalesce(t['c_' + s], 0.0) END)) AS score
