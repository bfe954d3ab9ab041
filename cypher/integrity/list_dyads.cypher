// params: none — returns: dyad STRING, held STRING ('event', 'tie' or 'cell') for every dyad key
//   that has events, a tie or month cells: the checker's list of what to recompute, and of ties
//   and cells left behind with no event
MATCH (e:Event)
RETURN DISTINCT e.dyad AS dyad, 'event' AS held
UNION
MATCH ()-[t:TIE]->()
RETURN DISTINCT t.dyad AS dyad, 'tie' AS held
UNION
MATCH (m:DyadMonth)
RETURN DISTINCT m.dyad AS dyad, 'cell' AS held
