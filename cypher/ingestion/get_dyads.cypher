// params: $dyads LIST<{key STRING, windows LIST<{from DATE, to DATE}>}> (each dyad once)
// returns: dyads LIST<{key STRING, tie MAP (null: the dyad has no tie), events LIST<{id STRING,
//   occurred_on DATE, precision STRING}> (its events within the windows: those a new mention
//   could join)}>, in one row, for the dyads that have a tie or such events — what a write needs
//   of each dyad it touches, in one read (a row per dyad costs the driver more than the read)
UNWIND $dyads AS d
OPTIONAL MATCH ()-[t:TIE {dyad: d.key}]->()
USING INDEX SEEK t:TIE(dyad)
CALL (d) {
  UNWIND d.windows AS w
  MATCH (e:Event {dyad: d.key})
  USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
  WHERE e.occurred_on >= w.from AND e.occurred_on <= w.to
  RETURN collect({id: e.id, occurred_on: e.occurred_on, precision: e.precision}) AS events
}
WITH d, t, events
WHERE t IS NOT NULL OR size(events) > 0
RETURN collect({key: d.key, tie: properties(t), events: events}) AS dyads
