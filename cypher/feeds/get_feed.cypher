// params: $id STRING — returns: feed MAP (no row: unknown)
MATCH (f:Feed {id: $id})
RETURN f {.*} AS feed
