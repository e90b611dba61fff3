"""The store on a real PostgreSQL server: migrations, the store's services, the agenda."""
