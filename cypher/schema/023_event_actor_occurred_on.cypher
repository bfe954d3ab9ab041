// A country's latest events: read newest first in index order from the events it acted in
// (with 024, those it was the target of), not from each of a hub's thousands of ties.
CREATE INDEX event_actor_occurred_on IF NOT EXISTS
FOR (e:Event) ON (e.actor, e.occurred_on, e.id)
