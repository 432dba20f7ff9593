/// The y axis's scale: round tick values (1, 2 or 5 times a power of ten apart) from a round value at or below the
/// data to one at or above it, as many as the rows allow and no more than six, so a reader can interpolate by eye.
struct ValueTicks: Equatable {
    let values: [Double]
    let step: Double

    /// More than this many labels crowd the axis without telling more.
    static let maximumCount = 6
    /// Fewer than this and the scale is not readable; allowed only when the rows give no room for more.
    static let minimumCount = 3

    var low: Double { values.first ?? 0 }
    var high: Double { values.last ?? 1 }

    /// - Parameters:
    ///   - low, high: the data's extremes (and whatever else must show, such as the band's limits).
    ///   - rows: rows the axis has; each label needs one of its own.
    init(low: Double, high: Double, rows: Int) {
        var (low, high) = low.isFinite && high.isFinite ? (min(low, high), max(low, high)) : (0, 1)
        if high - low < Self.flatSpan(low) {
            // A flat series gets a span around its value, so it draws as a line in the middle, not a wall.
            let half = Self.flatSpan(low)
            (low, high) = (low - half, high + half)
        }
        let wanted = max(1, min(Self.maximumCount, rows))
        var chosen = (values: [low, high], step: high - low)
        search: for exponent in Self.exponents(for: high - low) {
            for multiple in [1.0, 2.0, 5.0] {
                let step = multiple * Self.power(exponent)
                let first = (low / step).rounded(.down), last = (high / step).rounded(.up)
                let count = Int(last - first) + 1
                if count <= wanted, count >= 2 {
                    chosen = ((Int(first)...Int(last)).map { Double($0) * step }, step)
                    break search
                }
            }
        }
        values = chosen.values
        step = chosen.step
    }

    /// Decimals a label needs at this step: none from 1 up, one for 0.5 and 0.2, two for 0.05.
    var decimals: Int {
        var decimals = 0
        var scaled = step
        while decimals < Self.maximumDecimals, (scaled - scaled.rounded()).magnitude > 1e-9 {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }

    /// Beyond this a chart's scale is not what matters.
    static let maximumDecimals = 4

    /// `value` with `decimals` places, rounded half away from zero, without `-0`.
    func label(_ value: Double) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = Int((value.magnitude * factor).rounded())
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard decimals > 0 else { return sign + "\(scaled)" }
        let unit = Int(factor)
        let fraction = String(scaled % unit)
        return sign + "\(scaled / unit)." + String(repeating: "0", count: decimals - fraction.utf8.count) + fraction
    }

    /// Half the span a flat series at `value` is drawn in: a tenth of its size, or 1 around zero.
    private static func flatSpan(_ value: Double) -> Double {
        value.magnitude >= 10 ? (value.magnitude / 10).rounded(.up) : 1
    }

    /// Powers of ten from the one well below `span` up, so the first step that fits is the finest.
    private static func exponents(for span: Double) -> ClosedRange<Int> {
        let top = span > 0 ? Int((log10Approx(span)).rounded(.up)) : 0
        return (top - 2)...(top + 1)
    }

    private static func power(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }

    /// log10 without Foundation: the count of digits before the point, close enough to choose a power of ten.
    private static func log10Approx(_ value: Double) -> Double {
        var exponent = 0.0
        var scaled = value
        while scaled >= 10 { scaled /= 10; exponent += 1 }
        while scaled < 1 { scaled *= 10; exponent -= 1 }
        return exponent + (scaled - 1) / 9
    }
}
