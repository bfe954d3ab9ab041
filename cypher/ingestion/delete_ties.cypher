// params: $keys LIST<STRING> — returns: nothing; ties whose last event is gone
UNWIND $keys AS key
MATCH ()-[t:TIE {dyad: key}]->()
USING INDEX SEEK t:TIE(dyad)
DELETE t
