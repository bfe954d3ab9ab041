// params: $codes LIST<STRING> — returns: code, name, organization BOOLEAN of those actors
UNWIND $codes AS code
MATCH (a:Actor {code: code})
RETURN a.code AS code, a.name AS name, a:Organization AS organization
