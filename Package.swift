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
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Value types shared by every stage: locations, diagnostics, money, Thai dates and numerals.
        .target(name: "PlanPressCore"),
        // Bytes → documents: encodings, YAML (libyaml events) and JSON with positions, lenient values.
        .target(
            name: "PlanPressParse",
            dependencies: ["PlanPressCore", "PlanPressSpreadsheet", .product(name: "Yams", package: "Yams")]
        ),
        // Documents → typed submissions, framework and site configuration, with located diagnostics.
        .target(name: "PlanPressValidate", dependencies: ["PlanPressCore", "PlanPressParse"]),
        // The framework as a graph, closures and roll-ups.
        .target(name: "PlanPressAlign", dependencies: ["PlanPressCore", "PlanPressValidate"]),
        // The reports of earlier years (content/history/<year>/report.json), read and checked, and
        // this year's report beside them, matched by code.
        .target(
            name: "PlanPressHistory", dependencies: ["PlanPressCore", "PlanPressParse", "PlanPressValidate", "PlanPressAlign"]),
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
        // The Mustache engine: templates parsed once, rendered from typed values. No site policy.
        .target(name: "PlanPressTemplates", dependencies: ["PlanPressCore"]),
        // The one owner of libxml2: writing, streaming reads, schema validation (whole or in parts).
        .target(name: "PlanPressXML", dependencies: ["PlanPressCore", "CLibXML2"]),
        // .xlsx workbooks read and written at the level of sheets and cells (ZIPFoundation for the
        // container, PlanPressXML's streaming reader for the parts); no knowledge of the report.
        .target(
            name: "PlanPressSpreadsheet",
            dependencies: ["PlanPressCore", "PlanPressXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Staging, the manifest and the atomic swap of a finished build; observers see each file.
        .target(
            name: "PlanPressPublish",
            dependencies: ["PlanPressCore", "CPlanPressSys", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // What every channel shows the same way: display texts, bidi isolation, Markdown, charts,
        // evidence files, views converted for the templates.
        .target(
            name: "PlanPressPresentation",
            dependencies: [
                "PlanPressCore", "PlanPressValidate", "PlanPressAlign", "PlanPressTemplates", "PlanPressPublish", "CCmarkGFM",
            ]
        ),
        // Channel: the website (pages, feed, search index).
        .target(
            name: "PlanPressSite",
            dependencies: [
                "PlanPressCore", "PlanPressValidate", "PlanPressAlign", "PlanPressHistory", "PlanPressTemplates",
                "PlanPressPresentation", "PlanPressPublish",
            ]
        ),
        // Channel: the committee booklet (HTML for print, its PDF).
        .target(
            name: "PlanPressBooklet",
            dependencies: [
                "PlanPressCore", "PlanPressValidate", "PlanPressAlign", "PlanPressTemplates", "PlanPressPresentation",
                "PlanPressPublish",
            ]
        ),
        // Channel: open data (report.xml with its schema, report.json, the CSVs, the catalogue).
        .target(
            name: "PlanPressData",
            dependencies: [
                "PlanPressCore", "PlanPressValidate", "PlanPressAlign", "PlanPressPresentation", "PlanPressPublish", "PlanPressXML",
            ]
        ),
        // Channel: the validation report sent back to each unit (outside output/).
        .target(
            name: "PlanPressValidationReport",
            dependencies: ["PlanPressCore", "PlanPressValidate", "PlanPressAlign", "PlanPressPublish"]
        ),
        // The unit workbook (the reporting tool): written empty, prefilled, or from a submission.
        .target(
            name: "PlanPressUnitWorkbook",
            dependencies: ["PlanPressCore", "PlanPressParse", "PlanPressValidate", "PlanPressSpreadsheet"]
        ),
        // Every channel's headline figures read back from the staged files and compared.
        .target(
            name: "PlanPressAudit",
            dependencies: [
                "PlanPressCore", "PlanPressParse", "PlanPressValidate", "PlanPressAlign", "PlanPressHistory", "PlanPressXML",
                "PlanPressPublish",
            ]
        ),
        // The build as named steps: fingerprint, check, align, each channel, audit, publish; the cache.
        .target(
            name: "PlanPressBuild",
            dependencies: [
                "PlanPressCore", "PlanPressParse", "PlanPressValidate", "PlanPressAlign", "PlanPressHistory", "PlanPressPublish",
                "PlanPressPresentation", "PlanPressSite", "PlanPressBooklet", "PlanPressData", "PlanPressValidationReport",
                "PlanPressAudit", "CPlanPressSys",
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
                "PlanPressCore", "PlanPressParse", "PlanPressValidate", "PlanPressAlign", "PlanPressPublish", "PlanPressData",
                "PlanPressValidationReport", "PlanPressBuild", "PlanPressServe", "PlanPressUnitWorkbook", "CPlanPressSys",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "planpress", dependencies: ["PlanPressCLI"]),
        // libFuzzer target over decode + parse + validate (scripts/fuzz builds it with -sanitize=fuzzer);
        // a plain build replays inputs given as arguments.
        .executableTarget(name: "planpress-fuzz", dependencies: ["PlanPressCore", "PlanPressParse", "PlanPressValidate"]),
        // What the test targets share: the fixtures, the real binary, deterministic random inputs.
        .target(
            name: "PlanPressTestSupport",
            dependencies: [
                "PlanPressAlign", "PlanPressAudit", "PlanPressData", "PlanPressHistory", "PlanPressPublish", "PlanPressTemplates",
                "PlanPressValidate",
            ],
            path: "Tests/PlanPressTestSupport"),
        // One test target per module: Tests/<Module>Tests/ holds the tests of that module.
        .testTarget(
            name: "AlignTests",
            dependencies: [
                "PlanPressAlign", "PlanPressCore", "PlanPressData", "PlanPressParse", "PlanPressPresentation", "PlanPressTestSupport",
                "PlanPressValidate", "PlanPressXML",
            ]),
        .testTarget(
            name: "AuditTests",
            dependencies: [
                "PlanPressAlign", "PlanPressAudit", "PlanPressBooklet", "PlanPressData", "PlanPressHistory", "PlanPressPublish",
                "PlanPressSite", "PlanPressTestSupport", "PlanPressValidate", "PlanPressXML",
            ]),
        .testTarget(
            name: "BookletTests",
            dependencies: [
                "PlanPressAlign", "PlanPressAudit", "PlanPressBooklet", "PlanPressCore", "PlanPressHistory", "PlanPressPublish",
                "PlanPressTemplates", "PlanPressTestSupport", "PlanPressValidate", "planpress",
            ]),
        .testTarget(name: "BuildTests", dependencies: ["PlanPressBuild", "PlanPressPublish", "PlanPressTestSupport", "planpress"]),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "PlanPressCLI", "PlanPressCore", "PlanPressParse", "PlanPressPresentation", "PlanPressPublish", "PlanPressTestSupport",
                "PlanPressValidate", "planpress",
            ], exclude: ["Golden"]),
        .testTarget(name: "CoreTests", dependencies: ["PlanPressCore", "PlanPressServe", "PlanPressTestSupport"]),
        .testTarget(
            name: "DataTests",
            dependencies: [
                "PlanPressAlign", "PlanPressAudit", "PlanPressCore", "PlanPressData", "PlanPressHistory", "PlanPressParse",
                "PlanPressPublish", "PlanPressSite", "PlanPressTestSupport", "PlanPressValidate", "PlanPressXML",
            ]),
        .testTarget(
            name: "ParseTests",
            dependencies: ["PlanPressBuild", "PlanPressCLI", "PlanPressCore", "PlanPressParse", "PlanPressTestSupport", "planpress"]),
        .testTarget(
            name: "HistoryTests",
            dependencies: [
                "PlanPressAlign", "PlanPressCore", "PlanPressHistory", "PlanPressParse", "PlanPressTestSupport", "PlanPressValidate",
                "planpress",
            ]),
        .testTarget(name: "PresentationTests", dependencies: ["PlanPressPresentation", "PlanPressTestSupport"]),
        .testTarget(name: "PublishTests", dependencies: ["PlanPressPublish"]),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: [
                "PlanPressCore", "PlanPressSpreadsheet", "PlanPressTestSupport", "PlanPressXML",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(
            name: "UnitWorkbookTests",
            dependencies: [
                "PlanPressAlign",
                "PlanPressCore", "PlanPressParse", "PlanPressSpreadsheet", "PlanPressTestSupport", "PlanPressUnitWorkbook",
                "PlanPressValidate",
            ]),
        .testTarget(name: "ServeTests", dependencies: ["PlanPressCore", "PlanPressServe", "PlanPressTestSupport", "planpress"]),
        .testTarget(
            name: "SiteTests",
            dependencies: [
                "PlanPressAlign", "PlanPressCore", "PlanPressHistory", "PlanPressPresentation", "PlanPressSite", "PlanPressTemplates",
                "PlanPressTestSupport", "PlanPressValidate",
            ]),
        .testTarget(
            name: "TemplatesTests", dependencies: ["PlanPressCore", "PlanPressPresentation", "PlanPressTemplates", "PlanPressTestSupport"]),
        .testTarget(name: "ValidateTests", dependencies: ["PlanPressCore", "PlanPressParse", "PlanPressTestSupport", "PlanPressValidate"]),
        .testTarget(name: "ValidationReportTests", dependencies: ["PlanPressTestSupport", "PlanPressValidationReport", "planpress"]),
        .testTarget(name: "XMLTests", dependencies: ["PlanPressAlign", "PlanPressData", "PlanPressTestSupport", "PlanPressXML"]),
    ],
    swiftLanguageModes: [.v6]
)

// The stages are modules of their own, and a release build optimizes across them as it did when
// they were one: without it the hot helpers (text fast paths, the encoder's generics) were no
// longer inlined or specialized where they are used, and a national build took a fifth more CPU.
for target in package.targets where target.type != .system && target.type != .test {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
}

// The typed-view encoder and the renderer touch their classes' storage for every value of every
// page; release builds of that one module skip the dynamic exclusivity checks (debug builds and
// the tests keep them).
for target in package.targets where target.name == "PlanPressTemplates" {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
}
