// Countries and organizations share the label Actor, so an event's ends are found by code alone.
CREATE CONSTRAINT actor_code IF NOT EXISTS FOR (a:Actor) REQUIRE a.code IS UNIQUE
