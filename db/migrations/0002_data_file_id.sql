-- A random identity for this data file, kept through backups, restores and exports, so that identifiers shared
-- outside the app (calendar UIDs) never collide with those of another data file.
INSERT OR IGNORE INTO `settings` (`key`, `value`) VALUES ('dataFileId', '"' || lower(hex(randomblob(8))) || '"');
