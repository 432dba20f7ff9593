/// How a value above the viewer's clearance is shown. The rules keep just enough to recognise a record one already
/// knows (the first character of a name, the ends of a phone number) and nothing to learn one from.
public enum Masking {
    /// `13812345678` → `138****5678`; anything shorter than a phone number is hidden whole.
    public static func phone(_ phone: String) -> String {
        let digits = Array(phone)
        guard digits.count >= 7 else { return String(repeating: "*", count: max(3, digits.count)) }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// `张伟` → `张*`, `欧阳娜娜` → `欧***`, `Wang Min` → `W*******`: the first character, the rest starred.
    public static func name(_ name: String) -> String {
        guard let first = name.first else { return name }
        return String(first) + String(repeating: "*", count: max(1, name.count - 1))
    }

    /// Free text (a title, a message) above clearance: hidden entirely, since any part may name a person or a deal.
    public static let hiddenText = "***"

    /// An amount shown only as its order of magnitude: `1,234,567` → the range 1,000,000 ..< 10,000,000.
    public static func range(of amount: Double) -> ClosedRange<Double> {
        guard amount.isFinite, amount >= 1 else { return 0...1 }
        var low = 1.0
        while low * 10 <= amount { low *= 10 }
        return low...(low * 10)
    }
}
