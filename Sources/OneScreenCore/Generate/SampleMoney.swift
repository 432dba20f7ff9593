/// Money is planned in whole fen (0.01 CNY) so that sums are exact and written amounts never show binary noise.
enum SampleMoney {
    /// The amount in CNY as a record holds it.
    static func amount(_ fen: Int64) -> Double {
        Double(fen) / 100
    }

    /// Fen nearest to an amount in CNY.
    static func fen(_ amount: Double) -> Int64 {
        Int64((amount * 100).rounded())
    }

    /// `128600.50`: a tag value, always two decimals.
    static func text(_ fen: Int64) -> String {
        String(fen / 100) + "." + SampleCalendar.pad2(Int(fen % 100))
    }
}
