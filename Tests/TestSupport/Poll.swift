import Foundation

/// Waits for something another process or task will make true, checking every few milliseconds.
public enum Poll {
    /// Returns true as soon as `condition` holds, false if `timeout` seconds pass first.
    @discardableResult
    public static func until(timeout: Double, every: Double = 0.05, _ condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(Int(every * 1000)))
        }
        return try condition()
    }
}
