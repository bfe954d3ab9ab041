// params: none — returns: token STRING and seq INTEGER (null before the first write; every
//   write transaction sets new ones) and ties INTEGER (from the count store), which together
//   say "unchanged"
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH v.token AS token, v.seq AS seq
CALL () {
  MATCH ()-[t:TIE]->()
  RETURN count(t) AS ties
}
RETURN token, seq, ties
