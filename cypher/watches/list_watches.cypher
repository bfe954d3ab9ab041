// params: none — returns: watch MAP of every watch, oldest first
MATCH (w:Watch)
RETURN w {.*} AS watch
ORDER BY w.created_at, w.id
