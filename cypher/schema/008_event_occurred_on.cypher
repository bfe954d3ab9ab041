CREATE INDEX event_occurred_on IF NOT EXISTS FOR (e:Event) ON (e.occurred_on)
