"""`factcheck review`: the Textual app (imported lazily so the core never loads textual)."""
