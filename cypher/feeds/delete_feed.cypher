// params: $id STRING — returns: id of the deleted feed (no row: unknown); its items go with it,
//   the documents they became stay
MATCH (f:Feed {id: $id})
OPTIONAL MATCH (i:FeedItem {feed: $id})
WITH f, f.id AS id, collect(i) AS items
FOREACH (i IN items | DELETE i)
DELETE f
RETURN id
