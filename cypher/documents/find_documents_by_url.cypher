// params: $urls LIST<STRING> — returns: url, id of the documents stored under these URLs
UNWIND $urls AS url
MATCH (d:Document {url: url})
RETURN url, d.id AS id
ORDER BY d.ingested_at, d.id
