import ArgumentParser
import Foundation
import OneScreenCore

/// Times on the command line go through the one checked parser: RFC 3339 with an offset, a date, or epoch seconds.
extension Instant: ExpressibleByArgument {
    public init?(argument: String) {
        guard let instant = TimeArgument.instant(argument, utcOffset: UTCOffset.current()) else { return nil }
        self = instant
    }
}
