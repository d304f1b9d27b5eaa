import Foundation
import PlanPressTestSupport
import Testing

@testable import PlanPressTemplates

/// Typed views (`TemplateValue(encoding:_:)`) give the templates exactly what the `[String: Any]`
/// views gave them (`TemplateValue(view:)`): the same texts, flags, lists, `has` flags and
/// absent names.
@Suite struct TemplateEncoderTests {
    struct Figures: Encodable {
        var projects: String
        var count: Int
        var rate: String?
    }

    struct Row: Encodable {
        @Flattened var figures: Figures
        var code: String
        var name: String
        var gap: Bool
        var tags: [String]
        var note: String
        var empty: [Figures]
        var missing: String?
        var extra: [String: String]
        var lazy: LazyViews<Figures>
        var shared: TemplateValue
    }

    static func row(_ i: Int) -> Row {
        Row(
            figures: Figures(projects: "๑\(i)", count: i, rate: i % 2 == 0 ? nil : "5%"), code: "S\(i)",
            name: "ยุทธศาสตร์ Strategy \(i) (ICT)", gap: i % 3 == 0, tags: ["ก", "b \(i)"], note: i % 2 == 0 ? "" : "หมายเหตุ",
            empty: [], missing: nil, extra: ["href": "items/S\(i).html", "blank": ""],
            lazy: LazyViews(count: 2) { j in Figures(projects: "\(j)", count: j, rate: nil) }, shared: .text("as is"))
    }

    static func untyped(_ i: Int) -> [String: Any] {
        let r = row(i)
        var v: [String: Any] = ["projects": r.figures.projects, "count": r.figures.count, "rate": r.figures.rate as Any]
        v["code"] = r.code
        v["name"] = r.name
        v["gap"] = r.gap
        v["tags"] = r.tags
        v["note"] = r.note
        v["empty"] = [[String: Any]]()
        v["missing"] = r.missing as Any
        v["extra"] = r.extra
        v["lazy"] = UntypedLazyViews(count: 2) { j in ["projects": "\(j)", "count": j] }
        v["shared"] = TemplateValue.text("as is")
        return v
    }

    /// A value's rendering under a template that prints every name it may hold.
    @Test func typedViewsConvertAsUntypedViewsDid() {
        for drop in [false, true] {
            for i in 0..<4 {
                let typed = TemplateValue(encoding: Self.row(i), .display(dropEmptyText: drop))
                let untyped = TemplateValue(view: Self.untyped(i), dropEmptyText: drop)
                #expect(typed.dump == untyped.dump)
            }
        }
    }

    @Test func longListsConvertOnEveryCoreInOrder() {
        struct Page: Encodable { var rows: [Row] }
        let page = Page(rows: (0..<200).map(Self.row))
        let parallel = TemplateValue(encoding: page, .display(parallel: true))
        let serial = TemplateValue(encoding: page, .display())
        #expect(parallel.dump == serial.dump)
        #expect(parallel.dump == TemplateValue(view: ["rows": (0..<200).map(Self.untyped)], parallel: true).dump)
    }

    /// An optional flattened view: its fields beside the view's when there is one, none when nil.
    @Test func anOptionalFlattenedViewStandsBesideItsParent() {
        struct Section: Encodable {
            var id: String
            @Flattened var content: Figures?
        }
        let some = TemplateValue(encoding: Section(id: "a", content: Figures(projects: "๒", count: 2, rate: nil)), .display())
        #expect(some.dump == "{count:t(2),id:t(a),projects:t(๒)}")
        let none = TemplateValue(encoding: Section(id: "b", content: nil), .display())
        #expect(none.dump == "{id:t(b)}")
    }

    @Test func aTemplateReadsATypedView() throws {
        let template = try Template(
            "{{code}} {{projects}}{{#hasTags}}:{{#tags}} {{.}}{{/tags}}{{/hasTags}}{{^missing}} -{{/missing}}", name: "t")
        let out = TemplateLibrary().render(TemplateValue(encoding: Self.row(1), .display()), template: template)
        #expect(String(decoding: out, as: UTF8.self) == "S1 ๑1: ก b 1 -")
    }
}
