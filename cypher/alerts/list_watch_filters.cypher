// params: none — returns: id, countries, types, on, min_rank, hook BOOLEAN of every watch: what
//   a write transaction matches its changes against
MATCH (w:Watch)
RETURN w.id AS id, w.countries AS countries, w.types AS types, w.on AS on,
       coalesce(w.min_rank, 0) AS min_rank, w.webhook_url IS NOT NULL AS hook
