// params: $rows LIST<{dyad STRING, props MAP}> — returns: nothing; ties that exist already
UNWIND $rows AS row
MATCH ()-[t:TIE {dyad: row.dyad}]->()
USING INDEX SEEK t:TIE(dyad)
SET t += row.props
