// params: none — returns: version INTEGER (null when no migration was applied)
MATCH (m:Migration)
RETURN max(m.version) AS version
