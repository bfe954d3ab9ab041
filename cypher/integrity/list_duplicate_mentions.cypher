// params: $limit INTEGER — returns: key STRING, copies INTEGER of mention keys stored more than
//   once (each claim of a document must be one mention)
MATCH ()-[m:REPORTED_IN]->()
WITH m.key AS key, count(*) AS copies
WHERE copies > 1
RETURN key, copies
LIMIT $limit
