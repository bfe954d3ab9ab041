CREATE CONSTRAINT organization_code IF NOT EXISTS FOR (o:Organization) REQUIRE o.code IS UNIQUE
