
extension Store {
    /// A value the store keeps about itself (schema facts, how the demo was built).
    public func meta(_ key: String) throws -> String? {
        try backend.read { db in try db.value(String.self, "SELECT value FROM meta WHERE key = ?", [key]) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try backend.write { db in
            try db.run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               [key, value])
        }
    }
}
