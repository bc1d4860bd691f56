"""Reports: each renders an AuditResult (they only read results)."""
