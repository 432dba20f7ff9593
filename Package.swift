// swift-tools-version:6.1
import PackageDescription

// Strict settings everywhere: existential `any` spelled out and imports visible only where declared,
// so a target cannot quietly lean on another's dependencies (the UI must never see GRDB or curses).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "onescreen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "onescreen", targets: ["onescreen"]),
        .executable(name: "onescreen-bench", targets: ["onescreen-bench"]),
        .library(name: "OneScreenCore", targets: ["OneScreenCore"]),
        .library(name: "OneScreenUI", targets: ["OneScreenUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "OneScreenCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding the ingest's hottest insert without boxing its values.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                "CSpawn",
                "CCurl",
                "CCrypto",
                "CLibpq",
            ],
            swiftSettings: strict
        ),
        // Two libc declarations Swift's Glibc module hides (they need _GNU_SOURCE): chdir and closefrom for spawned plug-ins.
        .systemLibrary(name: "CSpawn", path: "Sources/CSpawn"),
        // libcurl's easy interface for the http source: a blocking transfer on the source's own thread whose body
        // arrives through a callback, so it is streamed and bounded, and the timeout covers the whole request.
        // Headers only (Debian's libcurl4-openssl-dev): the library is opened when an http source first runs.
        .systemLibrary(name: "CCurl", path: "Sources/CCurl"),
        // OpenSSL's libcrypto (Debian's libssl-dev) for SHA-256 of configs in the audit trail, rather than a hash of our own.
        // Headers only: the library is opened when a digest is first taken.
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto"),
        // PostgreSQL's own C client (Debian's libpq-dev), for the PostgreSQL store; see PostgresConnection for why
        // libpq rather than an async Swift client. Headers only: the library is opened with the first connection.
        .systemLibrary(name: "CLibpq", path: "Sources/CLibpq"),
        .target(
            name: "OneScreenUI",
            dependencies: ["OneScreenCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .executableTarget(
            name: "onescreen",
            dependencies: [
                "OneScreenCore", "OneScreenUI", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The Swift runtime and Foundation linked in, in the release build a wall screen runs: as shared
            // libraries, resolving their symbols and relocating them at every start left some 10 MiB of their pages
            // resident in each viewer. Compiled with it too, so that this module's imports name the static
            // libraries Foundation needs (CoreFoundation, ICU). Debug builds (and the test binaries, which link this
            // target's code beside the shared runtime of the test frameworks) keep the shared libraries.
            swiftSettings: strict + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "onescreen-bench",
            dependencies: ["OneScreenCore", "OneScreenUI", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // Helpers the test targets share: temporary directories, running the built binary, tmux.
        .target(name: "OneScreenTestSupport", dependencies: ["OneScreenCore"], path: "Tests/TestSupport", swiftSettings: strict),
        // A throwaway PostgreSQL cluster for the tests and the benchmark (initdb, pg_ctl, pg_basebackup).
        .target(name: "PostgresTestSupport", dependencies: ["CSpawn"], path: "Tests/PostgresTestSupport", swiftSettings: strict),
        .testTarget(name: "OneScreenCoreTests", dependencies: ["OneScreenCore", "OneScreenTestSupport", "PostgresTestSupport", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Yams", package: "Yams"), .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .testTarget(name: "OneScreenUITests", dependencies: ["OneScreenUI", "OneScreenCore", "OneScreenTestSupport"], swiftSettings: strict),
        // Depends on the executable so `swift test` builds the binary these tests start.
        .testTarget(name: "EndToEndTests", dependencies: ["onescreen", "OneScreenCore", "OneScreenTestSupport", "PostgresTestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
    ]
)
