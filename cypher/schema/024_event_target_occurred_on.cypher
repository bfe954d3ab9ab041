// A country's latest events as the target (see 023).
CREATE INDEX event_target_occurred_on IF NOT EXISTS
FOR (e:Event) ON (e.target, e.occurred_on, e.id)
