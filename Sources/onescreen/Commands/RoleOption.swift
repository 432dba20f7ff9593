import ArgumentParser
import Foundation
import OneScreenCore

/// `--role`, shared by everything that shows data: it may lower the clearance the OS user has, never raise it.
struct RoleOption: ParsableArguments {
    @Option(help: ArgumentHelp("Act as this role (only one with no more clearance than your own).", valueName: "name"))
    var role: String?

    /// The OS user: on a shared server, the SSH user.
    static var osUser: String {
        if let name = getpwuid(geteuid())?.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    func viewer(policy: AccessPolicy, forcing forced: String? = nil) throws -> Viewer {
        let user = Self.osUser
        do {
            return Viewer(user: user, role: try policy.resolve(user: user, requested: forced ?? role), grades: policy.grades)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
