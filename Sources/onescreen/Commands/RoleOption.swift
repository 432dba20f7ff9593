import ArgumentParser

/// `--role`, shared by everything that shows data: a request to the data side, which may narrow the user's own
/// role (clearance no higher, pages a subset), never raise it.
struct RoleOption: ParsableArguments {
    @Option(help: ArgumentHelp("Act as this role (only one with no more clearance and no more pages than your own).", valueName: "name"))
    var role: String?
}
