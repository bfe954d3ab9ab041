// params: $rows LIST<{key STRING, dyad STRING, month DATE, n_<status> INTEGER,
//         c_<status> FLOAT, f_<status> DATE?}> for the five statuses
// returns: nothing; sets month cells to totals summed anew from their events (made when
//   missing). Cells are overwritten, never deleted and merged again in one transaction: a
//   unique-index seek after many deletions in the same transaction is slow (≈ 1.5 ms each).
UNWIND $rows AS row
MERGE (m:DyadMonth {key: row.key})
SET m = row
