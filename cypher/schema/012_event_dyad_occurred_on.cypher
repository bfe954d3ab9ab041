// Merging looks up the events of one (type, pair) in a date window.
CREATE INDEX event_dyad_occurred_on IF NOT EXISTS FOR (e:Event) ON (e.dyad, e.occurred_on)
