// params: none — returns: version STRING of the Neo4j server
CALL dbms.components() YIELD versions
RETURN versions[0] AS version
