// Event listings and timelines filter by type and date.
CREATE INDEX event_type_occurred_on IF NOT EXISTS FOR (e:Event) ON (e.type, e.occurred_on)
