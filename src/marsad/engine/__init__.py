"""Runners that code documents: in this process, in a local process pool, or on a Dask cluster."""
