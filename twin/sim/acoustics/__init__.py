"""Plant noise at the neighbours: sources from the plant (:mod:`.sources`), ISO 9613-2 propagation
(:mod:`.iso9613`), receptor levels and the noise map (:mod:`.noise`), French rules (:mod:`.rules`),
validation against published references (:mod:`.validation`). Qt-free."""
