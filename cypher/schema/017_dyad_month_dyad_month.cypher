CREATE INDEX dyad_month_dyad_month IF NOT EXISTS FOR (m:DyadMonth) ON (m.dyad, m.month)
