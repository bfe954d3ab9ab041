// params: $keys LIST<STRING> — returns: key, done BOOLEAN, attempts INTEGER of the items seen
//   before (done: read, or given up on)
UNWIND $keys AS key
MATCH (i:FeedItem {key: key})
RETURN key, i.done AS done, i.attempts AS attempts
