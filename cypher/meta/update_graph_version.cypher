// params: $dyads LIST<STRING> (the ties this transaction wrote or deleted; null: not known),
//         $keep INTEGER (how many changes are kept)
// returns: nothing; the last statement of every write transaction, so caches of derived answers
//   (app/projection) know the graph changed, and which ties to read again
MERGE (v:GraphVersion {id: 'graph'})
SET v.seq = coalesce(v.seq, 0) + 1, v.token = randomUUID(), v.changed_at = datetime()
WITH v
CALL () {
  MATCH ()-[t:TIE]->()
  RETURN count(t) AS ties
}
CREATE (:GraphChange {seq: v.seq, dyads: $dyads, ties: ties, at: v.changed_at})
WITH v
MATCH (old:GraphChange)
WHERE old.seq <= v.seq - $keep
DELETE old
