// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PlanPress",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planpress", targets: ["planpress"])
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // Value types shared by every stage: locations, diagnostics, money, Thai dates and numerals.
        .target(name: "PlanPressCore"),
        // Bytes → documents: encodings, YAML (libyaml events) and JSON with positions, lenient values.
        .target(
            name: "PlanPressParse",
            dependencies: ["PlanPressCore", .product(name: "Yams", package: "Yams")]
        ),
        // Documents → typed submissions, framework and site configuration, with located diagnostics.
        .target(name: "PlanPressValidate", dependencies: ["PlanPressCore", "PlanPressParse"]),
        // The framework as a graph, closures and roll-ups.
        .target(name: "PlanPressAlign", dependencies: ["PlanPressCore", "PlanPressValidate"]),
        // cmark-gfm from Debian (libcmark-gfm-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libxml2 from Debian (libxml2-dev): builds report.xml and validates it against report.xsd.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // One system call Foundation lacks: renameat2(RENAME_EXCHANGE), to swap a finished build in atomically.
        .target(name: "CPlanPressSys"),
        // View models → site HTML, CSV, JSON, XML; publishing.
        .target(
            name: "PlanPressRender",
            dependencies: [
                "PlanPressCore", "PlanPressAlign", "CCmarkGFM", "CLibXML2", "CPlanPressSys",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // `planpress serve`: the preview HTTP server (FlyingFox), live reload, error overlay, file watcher.
        .target(
            name: "PlanPressServe",
            dependencies: ["PlanPressCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // Commands, progress, printing diagnostics, exit codes.
        .target(
            name: "PlanPressCLI",
            dependencies: [
                "PlanPressCore", "PlanPressParse", "PlanPressValidate", "PlanPressAlign", "PlanPressRender", "PlanPressServe",
                "CPlanPressSys", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "planpress", dependencies: ["PlanPressCLI"]),
        // libFuzzer target over decode + parse + validate (scripts/fuzz builds it with -sanitize=fuzzer);
        // a plain build replays inputs given as arguments.
        .executableTarget(name: "planpress-fuzz", dependencies: ["PlanPressCore", "PlanPressParse", "PlanPressValidate"]),
        .testTarget(
            name: "PlanPressTests",
            dependencies: [
                "PlanPressCore", "PlanPressParse", "PlanPressValidate", "PlanPressAlign", "PlanPressRender",
                "PlanPressServe", "PlanPressCLI", "planpress",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
