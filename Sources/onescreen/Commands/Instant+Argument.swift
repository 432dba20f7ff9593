import ArgumentParser
import OneScreenCore

/// Times on the command line are written as in the record format: RFC 3339 with an offset, or epoch seconds.
extension Instant: ExpressibleByArgument {
    public init?(argument: String) {
        guard let instant = TimestampParser.parse(argument) ?? Int64(argument).map({ Instant(seconds: $0) }) else { return nil }
        self = instant
    }
}
