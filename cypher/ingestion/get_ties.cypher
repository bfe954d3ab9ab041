// params: $keys LIST<STRING> — returns: key STRING, tie MAP of each dyad that has a tie
UNWIND $keys AS key
MATCH ()-[t:TIE {dyad: key}]->()
USING INDEX SEEK t:TIE(dyad)
RETURN key, properties(t) AS tie
