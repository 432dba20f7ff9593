/// Stateless noise: a pure function of a salt and a time, so a reading's value does not depend on which other
/// readings were drawn before it (the same instant has the same value at every scale).
enum SampleNoise {
    /// Uniform in [-1, 1).
    @inline(__always)
    static func white(_ salt: UInt64, _ key: Int64) -> Double {
        let hashed = SampleRandom.mix(salt ^ (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15))
        return Double(hashed >> 11) * 0x1p-52 - 1
    }

    /// Triangular in (-1, 1): the mean of two uniforms, closer to sensor noise than a flat draw, still bounded.
    @inline(__always)
    static func jitter(_ salt: UInt64, _ time: Int64) -> Double {
        (white(salt, time) + white(salt ^ 0x5DEE_CE66_D1CE_4E5B, time)) * 0.5
    }

    /// Smooth drift in [-1, 1]: value noise with knots every `period` seconds and a smoothstep between them.
    @inline(__always)
    static func drift(_ salt: UInt64, _ time: Int64, period: Int64) -> Double {
        let knot = time >= 0 ? time / period : (time - period + 1) / period
        let fraction = Double(time - knot * period) / Double(period)
        let a = white(salt ^ 0xA076_1D64_78BD_642F, knot)
        let b = white(salt ^ 0xA076_1D64_78BD_642F, knot + 1)
        let s = fraction * fraction * (3 - 2 * fraction)
        return a + (b - a) * s
    }
}
