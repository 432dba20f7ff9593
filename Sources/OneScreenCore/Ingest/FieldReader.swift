/// Reads the fields of one raw row by name and type, collecting every problem instead of stopping at the
/// first, so a plug-in author fixes a row in one pass. Each accessor names a field as known; `finish` then
/// reports the fields nobody asked for: repeats of a known name, and unknown names (usually typos) with a
/// "did you mean".
struct FieldReader {
    private let fields: [RawField]
    private var used = UsedFields()
    /// Filled only when describing a type's schema: a per-row list of names would cost more than the parse.
    private let describing: Bool
    private(set) var knownFields: [String] = []
    private(set) var requiredFields: Set<String> = []
    /// Where the next lookup starts: producers write fields in spec order, so the scan usually hits at once.
    private var cursor = 0
    private(set) var problems: [FieldProblem] = []
    let now: Instant
    let shift: TimeShift

    init(fields: [RawField], now: Instant, shift: TimeShift, describing: Bool = false) {
        self.fields = fields
        self.describing = describing
        self.now = now
        self.shift = shift
    }

    mutating func problem(_ field: String, _ reason: String) { problems.append(FieldProblem(field, reason)) }

    /// The raw value, or nil (with a problem when required) when absent, `null`, or an empty CSV cell.
    private mutating func raw(_ name: String, required: Bool) -> RawValue? {
        if describing {
            knownFields.append(name)
            if required { requiredFields.insert(name) }
        }
        var found: RawValue? = nil
        let n = fields.count
        for step in 0..<n {
            let i = (cursor + step) % n
            if fields[i].name == name {
                // The occurrence found counts; a repeat stays unused and `finish` reports it.
                cursor = i + 1
                used.insert(i)
                found = fields[i].value
                break
            }
        }
        switch found {
        case nil, .null?, .text("")?:
            if required { problem(name, "required field is missing") }
            return nil
        default:
            return found
        }
    }

    private mutating func typeMismatch(_ name: String, expected: String, got value: RawValue) {
        let what: String
        switch value {
        case .string: what = "a string"
        case .number(let d): what = "the number \(formatNumber(d))"
        case .bool(let b): what = "\(b)"
        case .composite: what = "an array or object"
        case .nonFinite(let t): what = t
        case .text(let t): what = "'\(t.prefix(40))'"
        case .null: what = "null"
        }
        problem(name, "expected \(expected), got \(what)")
    }

    /// A string value from JSON or CSV, checked for length and control characters.
    private mutating func string(_ name: String, required: Bool, maxLength: Int, expected: String) -> String? {
        guard let value = raw(name, required: required) else { return nil }
        let s: String
        switch value {
        case .string(let v), .text(let v): s = v
        default: typeMismatch(name, expected: expected, got: value); return nil
        }
        let scan = s.textScan
        if scan.hasControlCharacter {
            problem(name, "contains a control character (tab, newline or similar)"); return nil
        }
        if s.utf8.count > maxLength, s.count > maxLength { problem(name, "is \(s.count) characters, longer than the limit of \(maxLength)"); return nil }
        if scan.isBlank {
            if required { problem(name, s.isEmpty ? "is empty" : "is blank") }
            return nil
        }
        if scan.hasNonASCII, let finding = UnicodeCheck.finding(in: s) {
            switch finding {
            case .bidiControl(let c):
                problem(name, "contains the bidirectional control U+\(String(c.value, radix: 16, uppercase: true)), which reorders the text on screen")
            case .tooManyMarks:
                problem(name, "has more than \(UnicodeCheck.maxMarksInARow) combining marks on one character")
            case .invisible:
                problem(name, "is only spaces or invisible characters")
            }
            return nil
        }
        return s
    }

    mutating func identifier(_ name: String) -> String? {
        string(name, required: true, maxLength: IngestLimits.maxIdentifierLength, expected: "an identifier string")
    }

    mutating func optionalIdentifier(_ name: String) -> String? {
        string(name, required: false, maxLength: IngestLimits.maxIdentifierLength, expected: "an identifier string")
    }

    mutating func text(_ name: String, required: Bool = true) -> String? {
        string(name, required: required, maxLength: IngestLimits.maxTextLength, expected: "a string")
    }

    mutating func number(_ name: String, required: Bool = true, minimum: Double? = nil) -> Double? {
        guard let value = raw(name, required: required) else { return nil }
        var d: Double
        switch value {
        case .number(let v): d = v
        case .text(let t):
            guard let v = decimalNumber(t) else { typeMismatch(name, expected: "a number", got: value); return nil }
            d = v
        case .nonFinite(let t): problem(name, "\(t) is not a finite number"); return nil
        default: typeMismatch(name, expected: "a number", got: value); return nil
        }
        if !d.isFinite { problem(name, "\(value.textForm) is not a finite number"); return nil }
        if d.magnitude > IngestLimits.maxMagnitude {
            problem(name, "\(value.textForm.prefix(40)) is outside ±1e15, the range the dashboard shows exactly"); return nil
        }
        if d == 0 { d = 0 }  // -0 would print as "-0" on the screen
        if let minimum, d < minimum { problem(name, "must be at least \(formatNumber(minimum)), got \(formatNumber(d))"); return nil }
        return d
    }

    mutating func integer(_ name: String, required: Bool = true, range: ClosedRange<Int>) -> Int? {
        guard let d = number(name, required: required) else { return nil }
        guard d == d.rounded(), let i = Int(exactly: d) else { problem(name, "expected a whole number, got \(formatNumber(d))"); return nil }
        guard range.contains(i) else {
            let upper = range.upperBound == Int.max ? "" : "–\(range.upperBound)"
            problem(name, "must be \(range.lowerBound)\(upper.isEmpty ? " or more" : upper), got \(i)")
            return nil
        }
        return i
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ name: String, _: E.Type, required: Bool = true) -> E?
    where E.RawValue == String {
        guard let s = string(name, required: required, maxLength: 64, expected: "a string") else { return nil }
        if let e = E(rawValue: s) { return e }
        let options = E.allCases.map(\.rawValue)
        problem(name, "'\(s)' is not one of \(options.joined(separator: ", "))\(Suggestion.hint(for: s, among: options))")
        return nil
    }

    /// A time: RFC 3339 text with an offset, or integer epoch seconds; refused when too far in the future.
    mutating func time(_ name: String) -> Instant? {
        guard var value = raw(name, required: true) else { return nil }
        var instant: Instant
        // A CSV cell holds the same number a JSON line would (`1792540800.0`), so it is read the same way.
        if case .text(let t) = value, let d = decimalNumber(t) { value = .number(d) }
        switch value {
        case .number(let d) where d == d.rounded() && abs(d) < 1e11:
            instant = Instant(seconds: Int64(d))
        case .string(let s), .text(let s):
            if let i = TimestampParser.parse(s) { instant = i }
            else { problem(name, "'\(s.prefix(40))' is not an RFC 3339 time with offset (2026-11-23T08:00:00+08:00) or epoch seconds"); return nil }
        case .number(let d):
            problem(name, "epoch time must be whole seconds, got \(formatNumber(d))"); return nil
        default:
            typeMismatch(name, expected: "a time", got: value); return nil
        }
        instant.millis += shift.seconds * 1000
        let ahead = instant.seconds(since: now)
        if ahead > IngestLimits.futureToleranceSeconds {
            problem(name, "\(instant.rfc3339()) is \(describe(seconds: ahead)) in the future (limit 5 min); check the source's clock and time zone")
            return nil
        }
        return instant
    }

    mutating func day(_ name: String, required: Bool = true) -> CalendarDay? {
        guard let s = string(name, required: required, maxLength: 10_000, expected: "a date YYYY-MM-DD") else { return nil }
        guard let d = CalendarDay(s) else { problem(name, "'\(s.prefix(40))' is not a date YYYY-MM-DD"); return nil }
        return d.adding(days: shift.days)
    }

    /// Reports fields no accessor took: a repeat of a field of the type (every one of them is asked for, so an
    /// untaken one is a second occurrence), or an unknown name with the closest of `candidates`, which are
    /// computed only for such rows. `ignoring` names a field handled outside the schema (`type`).
    mutating func finish(ignoring: String, candidates: () -> [String]) {
        var known: [String]?
        for i in fields.indices where !used.contains(i) && fields[i].name != ignoring {
            let name = fields[i].name
            let names = known ?? candidates()
            known = names
            if names.contains(name) { problem(name, "field appears more than once"); continue }
            problem(name.isEmpty ? "(empty name)" : name, "unknown field\(Suggestion.hint(for: name, among: names))")
        }
    }
}

extension RawValue {
    var textForm: String {
        switch self {
        case .number(let d): formatNumber(d)
        case .text(let t), .string(let t), .nonFinite(let t): t
        default: "\(self)"
        }
    }
}

extension String {
    /// What the text checks need, in one pass over the bytes: whether there is a C0 control, DEL or C1 control
    /// (U+0080–U+009F, encoded C2 80–C2 9F), whether the text is only spaces (or empty), and whether any byte is
    /// non-ASCII (then `UnicodeCheck` looks further).
    var textScan: (hasControlCharacter: Bool, isBlank: Bool, hasNonASCII: Bool) {
        withUTF8Bytes { bytes in
            var previous: UInt8 = 0
            var blank = true
            var high: UInt8 = 0
            for b in bytes {
                if b < 0x20 || b == 0x7F || (previous == 0xC2 && b >= 0x80 && b <= 0x9F) { return (true, false, high >= 0x80) }
                blank = blank && b == UInt8(ascii: " ")
                high |= b
                previous = b
            }
            return (false, blank, high >= 0x80)
        }
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// Numbers in messages: no trailing `.0` on whole values.
func formatNumber(_ d: Double) -> String {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return "\(d)"
}

/// A rough human duration for messages: `3 h`, `12 min`, `40 s`, `2 d`.
public func describe(seconds: Double) -> String {
    let s = abs(seconds)
    if s < 60 { return "\(Int(s)) s" }
    if s < 3600 { return "\(Int(s / 60)) min" }
    if s < 172_800 { return "\(Int(s / 3600)) h" }
    return "\(Int(s / 86_400)) d"
}
