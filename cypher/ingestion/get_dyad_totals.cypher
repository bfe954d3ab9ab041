// params: $keys LIST<STRING> — returns: per dyad key with events (no row: none left):
//   first_on, last_on DATE, events, n_<status> INTEGER, confidence (max), score FLOAT
//   (Σ goldstein × confidence over events not denied), intervals LIST<[from, to]> (durative),
//   and per status first_on_<status>, last_on_<status> DATE, confidence_<status> FLOAT
UNWIND $keys AS key
MATCH (e:Event {dyad: key})
USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on IS NOT NULL  // the composite index needs a predicate on both keys
RETURN
  key,
  min(e.occurred_on) AS first_on,
  max(e.occurred_on) AS last_on,
  count(e) AS events,
  sum(CASE e.status WHEN 'confirmed' THEN 1 ELSE 0 END) AS n_confirmed,
  sum(CASE e.status WHEN 'reported' THEN 1 ELSE 0 END) AS n_reported,
  sum(CASE e.status WHEN 'alleged' THEN 1 ELSE 0 END) AS n_alleged,
  sum(CASE e.status WHEN 'disputed' THEN 1 ELSE 0 END) AS n_disputed,
  sum(CASE e.status WHEN 'denied' THEN 1 ELSE 0 END) AS n_denied,
  max(e.confidence) AS confidence,
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
  max(CASE e.status WHEN 'denied' THEN e.confidence END) AS confidence_denied,
  sum(CASE WHEN e.status = 'denied' THEN 0.0 ELSE e.goldstein * e.confidence END) AS score,
  collect(CASE WHEN e.valid_from IS NULL THEN null
               ELSE [e.valid_from, coalesce(e.valid_to, date('9999-12-31'))] END) AS intervals
