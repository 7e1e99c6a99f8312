"""The schema's history, as Alembic migrations (``versions/``).

``SCHEMA_HEAD`` names the latest migration, so that a start on a current database can tell so without loading
Alembic; a test checks it against the migration scripts.
"""

SCHEMA_HEAD = "0014"
