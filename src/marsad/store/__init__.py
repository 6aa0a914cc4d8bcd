"""The DuckDB event store: documents, sentences, mentions, events, rejections and canonical events."""
