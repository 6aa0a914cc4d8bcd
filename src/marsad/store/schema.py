"""Tables of the event store; every row is keyed by document id (and offsets into its text)."""

from __future__ import annotations

SCHEMA_VERSION = 1

# Lines are 1-based; rejections of a whole file (not one line of it) use this.
NO_LINE = 0

TABLES = (
    """CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY, text_hash VARCHAR NOT NULL, text VARCHAR NOT NULL,
        title VARCHAR, url VARCHAR, outlet VARCHAR, lang VARCHAR, date DATE,
        source VARCHAR, line INTEGER, coder_version VARCHAR, lexicon_version VARCHAR,
        coded_at TIMESTAMP DEFAULT current_timestamp)""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        PRIMARY KEY (doc_id, seq))""",
    """CREATE TABLE IF NOT EXISTS entities (
        doc_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        text VARCHAR, entry_id VARCHAR, code VARCHAR, sector VARCHAR, name VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
        event VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[],
        actor_codes VARCHAR[], actor_sectors VARCHAR[], actor_text VARCHAR,
        recipient_codes VARCHAR[], recipient_sectors VARCHAR[], recipient_text VARCHAR,
        place VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, place_resolution INTEGER,
        date VARCHAR, date_precision VARCHAR, event_date DATE, negated BOOLEAN NOT NULL,
        quad_code VARCHAR, score DOUBLE, confidence DOUBLE, rule VARCHAR, coder_version VARCHAR,
        lexicon_version VARCHAR, sentence INTEGER, trigger_start INTEGER, trigger_end INTEGER,
        record VARCHAR NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS rejections (
        source VARCHAR NOT NULL, line INTEGER NOT NULL, reason VARCHAR NOT NULL, detail VARCHAR,
        recorded_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (source, line, reason))""",
    """CREATE TABLE IF NOT EXISTS canonical_events (
        id VARCHAR PRIMARY KEY, event VARCHAR NOT NULL, mode VARCHAR, actor_code VARCHAR, recipient_code VARCHAR,
        country VARCHAR, event_date DATE, last_date DATE, place VARCHAR, lat DOUBLE, lon DOUBLE,
        mentions INTEGER NOT NULL, documents INTEGER NOT NULL, outlets VARCHAR[], first_event_id VARCHAR NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS event_mentions (
        canonical_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, outlet VARCHAR,
        event_date DATE, PRIMARY KEY (event_id))""",
    """CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)""",
)
