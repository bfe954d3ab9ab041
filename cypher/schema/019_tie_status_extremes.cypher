// Per status first and last dates and highest confidence, on ties written before ties kept
// them (nothing to do on an empty graph); every value is set whole, so it can run again.
MATCH ()-[t:TIE]->()
CALL (t) {
  MATCH (e:Event {dyad: t.dyad})
  USING INDEX SEEK e:Event(dyad, occurred_on)
  WHERE e.occurred_on IS NOT NULL
  WITH
    t,
    min(CASE e.status WHEN 'confirmed' THEN e.occurred_on END) AS first_on_confirmed,
    max(CASE e.status WHEN 'confirmed' THEN e.occurred_on END) AS last_on_confirmed,
    max(CASE e.status WHEN 'confirmed' THEN e.confidence END) AS confidence_confirmed,
    min(CASE e.status WHEN 'reported' THEN e.occurred_on END) AS first_on_reported,
    max(CASE e.status WHEN 'reported' THEN e.occurred_on END) AS last_on_reported,
    max(CASE e.status WHEN 'reported' THEN e.confidence END) AS confidence_reported,
    min(CASE e.status WHEN 'alleged' THEN e.occurred_on END) AS first_on_alleged,
    max(CASE e.status WHEN 'alleged' THEN e.occurred_on END) AS last_on_alleged,
    max(CASE e.status WHEN 'alleged' THEN e.confidence END) AS confidence_alleged,
    min(CASE e.status WHEN 'disputed' THEN e.occurred_on END) AS first_on_disputed,
    max(CASE e.status WHEN 'disputed' THEN e.occurred_on END) AS last_on_disputed,
    max(CASE e.status WHEN 'disputed' THEN e.confidence END) AS confidence_disputed,
    min(CASE e.status WHEN 'denied' THEN e.occurred_on END) AS first_on_denied,
    max(CASE e.status WHEN 'denied' THEN e.occurred_on END) AS last_on_denied,
    max(CASE e.status WHEN 'denied' THEN e.confidence END) AS confidence_denied
  SET
    t.first_on_confirmed = first_on_confirmed,
    t.last_on_confirmed = last_on_confirmed,
    t.confidence_confirmed = confidence_confirmed,
    t.first_on_reported = first_on_reported,
    t.last_on_reported = last_on_reported,
    t.confidence_reported = confidence_reported,
    t.first_on_alleged = first_on_alleged,
    t.last_on_alleged = last_on_alleged,
    t.confidence_alleged = confidence_alleged,
    t.first_on_disputed = first_on_disputed,
    t.last_on_disputed = last_on_disputed,
    t.confidence_disputed = confidence_disputed,
    t.first_on_denied = first_on_denied,
    t.last_on_denied = last_on_denied,
    t.confidence_denied = confidence_denied
} IN TRANSACTIONS OF 1000 ROWS
