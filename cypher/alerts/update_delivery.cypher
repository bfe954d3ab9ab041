// params: $id STRING, $attempt STRING (a JSON line for the log: at, status or error),
//         $delivery STRING (pending, delivered, failed, dropped), $next DATETIME (null when done)
// returns: nothing; records one delivery attempt of an alert
MATCH (a:Alert {id: $id})
SET a.attempts = a.attempts + 1,
    a.log = a.log + $attempt,
    a.delivery = $delivery,
    a.next_attempt_at = $next
