// params: $id STRING — returns: watch MAP (no row: unknown)
MATCH (w:Watch {id: $id})
RETURN w {.*} AS watch
