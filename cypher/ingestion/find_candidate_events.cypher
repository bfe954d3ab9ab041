// params: $dyads LIST<{key STRING, from DATE, to DATE}>
// returns: id, dyad, occurred_on, precision of the events a new mention could join
UNWIND $dyads AS d
MATCH (e:Event {dyad: d.key})
USING INDEX SEEK e:Event(dyad, occurred_on)  // plans made on an empty graph would scan
WHERE e.occurred_on >= d.from AND e.occurred_on <= d.to
RETURN e.id AS id, e.dyad AS dyad, e.occurred_on AS occurred_on, e.precision AS precision
