// Alerts are paged and streamed in the order of their numbers.
CREATE INDEX alert_seq IF NOT EXISTS FOR (a:Alert) ON (a.seq)
