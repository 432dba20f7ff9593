/// How one store engine spells the few things SQLite and PostgreSQL spell differently, so that every query is
/// written once, in the SQL both accept (`ON CONFLICT`, `IS DISTINCT FROM`, `RETURNING`, window functions, CTEs,
/// `CAST(… AS BIGINT)`), with these hooks where they part. One text for both engines means their answers agree by
/// construction, not by keeping two copies in step.
///
/// Where the engines agree on syntax but not on meaning, the shared text says what it means:
/// - NULL sorts first ascending in SQLite and last in PostgreSQL: order a nullable column `NULLS FIRST` or
///   `NULLS LAST`;
/// - a parameter that may be NULL gets its type where it is first met (`CAST(?1 AS BIGINT) IS NULL OR t >= ?1`),
///   since PostgreSQL takes an untyped NULL for text there;
/// - booleans are summed as `CASE WHEN … THEN 1 ELSE 0 END`, integer types spelled `BIGINT`, reals
///   `DOUBLE PRECISION`, and text compared in byte order (the PostgreSQL schema's `COLLATE "C"`).
public enum SQLDialect: Sendable, Hashable {
    case sqlite
    case postgres

    /// The smaller of two values (SQLite's two-argument `MIN`, PostgreSQL's `LEAST`); NULL if either is.
    func least(_ a: String, _ b: String) -> String {
        self == .sqlite ? "MIN(\(a), \(b))" : "LEAST(\(a), \(b))"
    }

    /// The larger of two values (SQLite's two-argument `MAX`, PostgreSQL's `GREATEST`).
    func greatest(_ a: String, _ b: String) -> String {
        self == .sqlite ? "MAX(\(a), \(b))" : "GREATEST(\(a), \(b))"
    }

    /// Whether text `haystack` contains `needle`, compared byte for byte (no pattern characters, no case folding).
    func contains(_ haystack: String, _ needle: String) -> String {
        self == .sqlite ? "instr(\(haystack), \(needle)) > 0" : "strpos(\(haystack), \(needle)) > 0"
    }

    /// The statement as this engine takes it: SQLite reads `?` and `?N` itself; PostgreSQL wants `$N`, so each
    /// bare `?` becomes the next number and `?N` becomes `$N`. Marks inside quotes and comments are left alone.
    func statement(_ sql: String) -> String {
        guard self == .postgres else { return sql }
        var out = ""
        out.reserveCapacity(sql.utf8.count + 8)
        var next = 1
        var chars = Array(sql.unicodeScalars)[...]
        while let c = chars.popFirst() {
            switch c {
            case "'", "\"":
                out.unicodeScalars.append(c)
                while let d = chars.popFirst() {
                    out.unicodeScalars.append(d)
                    if d == c {
                        // A doubled quote is the quote itself, inside the literal.
                        if chars.first == c { out.unicodeScalars.append(chars.removeFirst()) } else { break }
                    }
                }
            case "-" where chars.first == "-":
                out.unicodeScalars.append(c)
                while let d = chars.popFirst() {
                    out.unicodeScalars.append(d)
                    if d == "\n" { break }
                }
            case "?":
                var digits = ""
                while let d = chars.first, d.properties.numericType != nil, ("0"..."9").contains(d) {
                    digits.unicodeScalars.append(chars.removeFirst())
                }
                if let n = Int(digits) {
                    out += "$\(n)"
                    next = max(next, n + 1)
                } else {
                    out += "$\(next)"
                    next += 1
                }
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
