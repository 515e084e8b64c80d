"""The classroom (docs/classroom.md): results as xAPI statements, and merging
those of other machines. NO Qt; the network side is in this package too."""
