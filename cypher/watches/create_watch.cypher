// params: $props MAP (id, name, countries, types, min_status, min_rank, on, webhook_url,
//         secret, created_at)
// returns: watch MAP
CREATE (w:Watch)
SET w = $props
RETURN w {.*} AS watch
