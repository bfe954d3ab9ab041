// Month cells for graphs written before they existed (nothing to do on an empty graph);
// every cell is set whole, so a run that was interrupted can run again.
MATCH (e:Event)
WITH e.dyad AS dyad, date.truncate('month', e.occurred_on) AS month, e.status AS status,
     count(e) AS n, sum(e.confidence) AS c, min(e.occurred_on) AS f
WITH dyad, month, collect({status: status, n: n, c: c, f: f}) AS parts
CALL (dyad, month, parts) {
  MERGE (m:DyadMonth {key: dyad + '|' + substring(toString(month), 0, 7)})
  SET
    m.dyad = dyad,
    m.month = month,
    m.n_confirmed = coalesce([p IN parts WHERE p.status = 'confirmed' | p.n][0], 0),
    m.n_reported = coalesce([p IN parts WHERE p.status = 'reported' | p.n][0], 0),
    m.n_alleged = coalesce([p IN parts WHERE p.status = 'alleged' | p.n][0], 0),
    m.n_disputed = coalesce([p IN parts WHERE p.status = 'disputed' | p.n][0], 0),
    m.n_denied = coalesce([p IN parts WHERE p.status = 'denied' | p.n][0], 0),
    m.c_confirmed = coalesce([p IN parts WHERE p.status = 'confirmed' | p.c][0], 0.0),
    m.c_reported = coalesce([p IN parts WHERE p.status = 'reported' | p.c][0], 0.0),
    m.c_alleged = coalesce([p IN parts WHERE p.status = 'alleged' | p.c][0], 0.0),
    m.c_disputed = coalesce([p IN parts WHERE p.status = 'disputed' | p.c][0], 0.0),
    m.c_denied = coalesce([p IN parts WHERE p.status = 'denied' | p.c][0], 0.0),
    m.f_confirmed = [p IN parts WHERE p.status = 'confirmed' | p.f][0],
    m.f_reported = [p IN parts WHERE p.status = 'reported' | p.f][0],
    m.f_alleged = [p IN parts WHERE p.status = 'alleged' | p.f][0],
    m.f_disputed = [p IN parts WHERE p.status = 'disputed' | p.f][0],
    m.f_denied = [p IN parts WHERE p.status = 'denied' | p.f][0]
} IN TRANSACTIONS OF 10000 ROWS
