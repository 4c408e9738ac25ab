-- issue 13: evidence files' bytes in the database, kept once by their SHA-256, so that every application node
-- serves every file (a folder of one node is not seen by another). Files stored in the folder by earlier versions
-- are still read from there (evidence.internal.BlobStore).
CREATE TABLE evidence_blobs (
    sha256  CHAR(64) NOT NULL PRIMARY KEY,
    content BYTEA    NOT NULL
);
