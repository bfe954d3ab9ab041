// params: none — returns: token STRING (null before the first write; every write transaction
//   sets a new one) and ties INTEGER (from the count store), which together say "unchanged"
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH v.token AS token
CALL () {
  MATCH ()-[t:TIE]->()
  RETURN count(t) AS ties
}
RETURN token, ties
