// params: none — returns: code, name — every state in the graph
MATCH (c:Country)
RETURN c.code AS code, c.name AS name
ORDER BY c.code
