// params: $from STRING, $to STRING, $max_hops INTEGER, $via_organizations BOOLEAN,
//         filters: $types, $statuses, $min_confidence, $as_of, $first_day, $last_day, $exact
// returns: nodes LIST<MAP>, ties LIST<MAP> of up to 10 shortest paths (by hops)
// The benchmark's reference: the same question answered by one Cypher statement (the service
// answered this way before it kept a projection, app/projection).
// Each hop uses one representative tie per pair (the qualifying tie with the highest
// confidence), so the paths found differ by their countries, not by tie types.
MATCH (a:Actor {code: $from}), (b:Actor {code: $to})
MATCH p = SHORTEST 10 (a) (
  (x)-[t:TIE]-(y)
  WHERE (y:Country OR $via_organizations OR y = b)
    AND t.type IN $types
    AND any(s IN $statuses WHERE t['n_' + s] > 0)
    AND t.confidence >= $min_confidence
    AND t.last_on >= $first_day AND t.first_on <= $last_day
    AND ($as_of IS NULL OR t.valid_from IS NULL
         OR any(i IN range(0, size(t.valid_from) - 1)
                WHERE t.valid_from[i] <= $as_of <= t.valid_to[i]))
    AND (NOT $exact OR EXISTS {
      MATCH (e:Event {dyad: t.dyad})
      WHERE e.occurred_on >= $first_day AND e.occurred_on <= $last_day
        AND e.status IN $statuses AND e.confidence >= $min_confidence
        AND ($as_of IS NULL OR e.valid_from IS NULL
             OR (e.valid_from <= $as_of AND coalesce(e.valid_to, $as_of) >= $as_of))
    })
    AND NOT EXISTS {
      MATCH (x)-[u:TIE]-(y)
      WHERE (u.confidence > t.confidence OR (u.confidence = t.confidence AND u.dyad < t.dyad))
        AND u.type IN $types
        AND any(s IN $statuses WHERE u['n_' + s] > 0)
        AND u.confidence >= $min_confidence
        AND u.last_on >= $first_day AND u.first_on <= $last_day
        AND ($as_of IS NULL OR u.valid_from IS NULL
             OR any(i IN range(0, size(u.valid_from) - 1)
                    WHERE u.valid_from[i] <= $as_of <= u.valid_to[i]))
        AND (NOT $exact OR EXISTS {
          MATCH (f:Event {dyad: u.dyad})
          WHERE f.occurred_on >= $first_day AND f.occurred_on <= $last_day
            AND f.status IN $statuses AND f.confidence >= $min_confidence
            AND ($as_of IS NULL OR f.valid_from IS NULL
                 OR (f.valid_from <= $as_of AND coalesce(f.valid_to, $as_of) >= $as_of))
        })
    }
){1,6} (b)
WHERE length(p) <= $max_hops
RETURN
  [n IN nodes(p) | n {.code, .name, organization: n:Organization}] AS nodes,
  [r IN relationships(p) | r {
    .type, .dyad, .first_on, .last_on, .events, .status, .confidence, .score,
    source: startNode(r).code, target: endNode(r).code
  }] AS ties
