// params: $keys LIST<STRING> (dyad keys "TYPE|actor|target", sorted)
// returns: nothing; write-locks each (type, actor, target) until the transaction ends, so the
//   writers of one dyad's events, tie and month cells run one after another (no lost update, no
//   event or mention made twice)
UNWIND $keys AS key
MERGE (l:Lock {key: 'dyad:' + key})
SET l.locked = true
REMOVE l.locked
