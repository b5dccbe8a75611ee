"""The register of authorities as Destatis publishes it (GV100AD): reading its records.

Not an importer of procedure lists: the register is reference data the applications point at
(services.register loads and updates it)."""
