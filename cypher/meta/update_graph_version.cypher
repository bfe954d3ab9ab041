// params: none — returns: nothing; the last statement of every write transaction, so caches
//   of derived answers (app/projection) know the graph changed
MERGE (v:GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.changed_at = datetime()
