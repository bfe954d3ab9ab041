// params: $code STRING — returns: code, name, organization BOOLEAN (no row: not in the graph)
MATCH (c:Actor {code: $code})
RETURN c.code AS code, c.name AS name, c:Organization AS organization
