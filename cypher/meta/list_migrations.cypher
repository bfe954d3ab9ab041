// params: none — returns: versions LIST<INTEGER> of the migrations applied (one row)
MATCH (m:Migration)
RETURN collect(m.version) AS versions
