// params: $dyads LIST<STRING>, $unit STRING ('month'|'quarter'|'year'), $first_month DATE,
//         $last_month DATE, $weights MAP (Goldstein weight per type), filters: $statuses
// returns: the same as get_dyad_timeline, summed from the pair's month cells (app/ingestion/
//          months.py) instead of its events
UNWIND $dyads AS dyad
MATCH (m:DyadMonth {dyad: dyad})
USING INDEX SEEK m:DyadMonth(dyad, month)  // plans made on an empty graph would scan
WHERE m.month >= $first_month AND m.month <= $last_month
WITH
  split(dyad, '|')[0] AS type,
  date.truncate($unit, m.month) AS period,
  reduce(n = 0, s IN $statuses | n + m['n_' + s]) AS events,
  reduce(c = 0.0, s IN $statuses | c + CASE s WHEN 'denied' THEN 0.0 ELSE m['c_' + s] END)
    AS confidence,
  reduce(f = null, s IN $statuses |
    CASE WHEN m['f_' + s] < f OR f IS NULL THEN m['f_' + s] ELSE f END) AS first_on
WHERE events > 0
WITH type, period, sum(events) AS events, sum($weights[type] * confidence) AS score,
     min(first_on) AS first_on
ORDER BY period
RETURN
  type,
  collect(toString(period)) AS periods,
  collect(events) AS events,
  collect(score) AS scores,
  toString(min(first_on)) AS first_on
