// params: none — returns: seq INTEGER, the number of the latest alert (0: none yet)
OPTIONAL MATCH (n:AlertCounter {id: 'alerts'})
RETURN coalesce(n.seq, 0) AS seq
