// params: $code STRING — returns: dyads LIST<STRING>, the keys of every tie of that actor (one
//   row): a profile reads only its own ties when the filter set's projection is not held
MATCH (:Actor {code: $code})-[t:TIE]-()
RETURN collect(DISTINCT t.dyad) AS dyads
