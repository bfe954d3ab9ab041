// params: $rows LIST<{key STRING, dyad STRING, month DATE, n_<status> INTEGER,
//         c_<status> FLOAT, f_<status> DATE?}> for the five statuses
// returns: nothing; adds new events to their (dyad, month) cells (made when missing)
UNWIND $rows AS row
MERGE (m:DyadMonth {key: row.key})
ON CREATE SET m.dyad = row.dyad, m.month = row.month
SET
  m.n_confirmed = coalesce(m.n_confirmed, 0) + row.n_confirmed,
  m.n_reported = coalesce(m.n_reported, 0) + row.n_reported,
  m.n_alleged = coalesce(m.n_alleged, 0) + row.n_alleged,
  m.n_disputed = coalesce(m.n_disputed, 0) + row.n_disputed,
  m.n_denied = coalesce(m.n_denied, 0) + row.n_denied,
  m.c_confirmed = coalesce(m.c_confirmed, 0.0) + row.c_confirmed,
  m.c_reported = coalesce(m.c_reported, 0.0) + row.c_reported,
  m.c_alleged = coalesce(m.c_alleged, 0.0) + row.c_alleged,
  m.c_disputed = coalesce(m.c_disputed, 0.0) + row.c_disputed,
  m.c_denied = coalesce(m.c_denied, 0.0) + row.c_denied,
  // the earlier first date of the two (a null on either side keeps the other)
  m.f_confirmed = CASE WHEN m.f_confirmed <= row.f_confirmed OR row.f_confirmed IS NULL
                       THEN m.f_confirmed ELSE row.f_confirmed END,
  m.f_reported = CASE WHEN m.f_reported <= row.f_reported OR row.f_reported IS NULL
                      THEN m.f_reported ELSE row.f_reported END,
  m.f_alleged = CASE WHEN m.f_alleged <= row.f_alleged OR row.f_alleged IS NULL
                     THEN m.f_alleged ELSE row.f_alleged END,
  m.f_disputed = CASE WHEN m.f_disputed <= row.f_disputed OR row.f_disputed IS NULL
                      THEN m.f_disputed ELSE row.f_disputed END,
  m.f_denied = CASE WHEN m.f_denied <= row.f_denied OR row.f_denied IS NULL
                    THEN m.f_denied ELSE row.f_denied END
