// The follower finds the webhook deliveries that are due.
CREATE INDEX alert_delivery IF NOT EXISTS FOR (a:Alert) ON (a.delivery, a.next_attempt_at)
