/// How figures print, the same in every benchmark so that runs can be compared line by line.
enum BenchFormat {
    /// `1,234,567`
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return "\(x)" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((x * Double(scale)).rounded())
        let whole = String(abs(scaled) / scale), fraction = String(abs(scaled) % scale)
        let sign = scaled < 0 ? "-" : ""
        guard decimals > 0 else { return sign + whole }
        return sign + whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    static func milliseconds(_ seconds: Double) -> String { fixed(seconds * 1000, 2) + " ms" }

    static func mebibytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 1) + " MiB" }

    static func padded(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    /// One measured phase on one line: label, wall time, rate, CPU time, peak RSS.
    static func line(_ label: String, _ m: Measured, items: Int, unit: String) -> String {
        let rss = m.peakRSSBytes.map { "peak RSS " + mebibytes($0) } ?? "peak RSS n/a"
        return "  " + padded(label, 30) + padded(fixed(m.wallSeconds, 2) + " s", 10)
            + padded(count(Int(m.rate(items).rounded())) + " \(unit)/s", 20)
            + padded("cpu " + fixed(m.cpuSeconds, 2) + " s", 14) + rss
    }
}
