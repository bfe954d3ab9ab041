// params: $id STRING — returns: id of the deleted watch (no row: unknown); its alerts stay
//   readable, their pending deliveries are dropped
MATCH (w:Watch {id: $id})
WITH w, w.id AS id
DELETE w
RETURN id
