// params: $rows LIST<{id STRING, attempt STRING (a JSON line for the log: at, status or error),
//         delivery STRING (pending, delivered, failed, dropped), next DATETIME (null when done)}>
// returns: nothing; records one delivery attempt of each alert
UNWIND $rows AS row
MATCH (a:Alert {id: row.id})
SET a.attempts = a.attempts + 1,
    a.log = a.log + row.attempt,
    a.delivery = row.delivery,
    a.next_attempt_at = row.next
