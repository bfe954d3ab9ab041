// Per status the sum of confidence (c_<status>), on ties written before ties kept it (nothing to
// do on an empty graph); every value is set whole, so it can run again.
MATCH ()-[t:TIE]->()
CALL (t) {
  MATCH (e:Event {dyad: t.dyad})
  USING INDEX SEEK e:Event(dyad, occurred_on)
  WHERE e.occurred_on IS NOT NULL
  WITH
    t,
    sum(CASE e.status WHEN 'confirmed' THEN e.confidence END) AS confirmed,
    sum(CASE e.status WHEN 'reported' THEN e.confidence END) AS reported,
    sum(CASE e.status WHEN 'alleged' THEN e.confidence END) AS alleged,
    sum(CASE e.status WHEN 'disputed' THEN e.confidence END) AS disputed,
    sum(CASE e.status WHEN 'denied' THEN e.confidence END) AS denied
  SET
    t.c_confirmed = CASE WHEN t.n_confirmed > 0 THEN confirmed END,
    t.c_reported = CASE WHEN t.n_reported > 0 THEN reported END,
    t.c_alleged = CASE WHEN t.n_alleged > 0 THEN alleged END,
    t.c_disputed = CASE WHEN t.n_disputed > 0 THEN disputed END,
    t.c_denied = CASE WHEN t.n_denied > 0 THEN denied END
} IN TRANSACTIONS OF 1000 ROWS
