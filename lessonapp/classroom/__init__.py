"""Results beyond one machine: xAPI statements to the school's LRS, and bundles. NO Qt (docs/classroom.md)."""
