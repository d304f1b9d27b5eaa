import Testing

@testable import PlanPressPresentation
@testable import PlanPressTemplates

/// The template engine against cases of the Mustache specification (interpolation, sections,
/// inverted sections, comments, partials, delimiters, standalone lines) and the view conversion.
@Suite struct TemplateEngineTests {
    func render(_ text: String, _ view: [String: Any], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        for (name, body) in partials { library.register(try Template(body, name: name), named: name) }
        return String(decoding: library.render(TemplateValue(view: view), template: try Template(text)), as: UTF8.self)
    }

    @Test func interpolationEscapesTheFiveCharacters() throws {
        #expect(
            try render("{{x}}|{{{x}}}|{{&x}}", ["x": "<a href=\"x\">&'</a>"])
                == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;|<a href=\"x\">&'</a>|<a href=\"x\">&'</a>")
        #expect(try render("[{{missing}}] [{{ x }}]", ["x": "ไทย"]) == "[] [ไทย]")
        #expect(try render("{{a.b.c}} {{a.b.d}}", ["a": ["b": ["c": "ลึก"]]]) == "ลึก ")
        #expect(try render("{{flag}}", ["flag": true]) == "true")
    }

    @Test func sectionsListsFlagsAndContextClimbing() throws {
        let view: [String: Any] = [
            "root": "../", "items": [["href": "a.html", "name": "ก"], ["href": "b.html", "name": "ข"]], "on": true, "off": false,
            "names": ["x", "y"], "text": "t",
        ]
        #expect(
            try render("{{#items}}<a href=\"{{root}}{{href}}\">{{name}}</a>{{/items}}", view)
                == "<a href=\"../a.html\">ก</a><a href=\"../b.html\">ข</a>")
        #expect(try render("{{#on}}1{{/on}}{{#off}}2{{/off}}{{^off}}3{{/off}}{{^on}}4{{/on}}", view) == "13")
        #expect(try render("{{#names}}({{.}}){{/names}}", view) == "(x)(y)")
        #expect(try render("{{#text}}[{{.}}]{{/text}}{{^text}}no{{/text}}{{^nothing}}none{{/nothing}}", view) == "[t]none")
        // `hasName` beside every list; an explicit flag wins.
        #expect(
            try render("{{#hasItems}}yes{{/hasItems}}{{^hasEmpty}}empty{{/hasEmpty}}", ["items": ["a"], "empty": [String]()]) == "yesempty")
        #expect(try render("{{#hasItems}}yes{{/hasItems}}", ["items": ["a"], "hasItems": false]) == "")
        // A name starting with "." reads the current value only.
        #expect(try render("{{#items}}{{.root}}|{{root}}{{/items}}", ["root": "r", "items": [["x": "1"]]]) == "|r")
    }

    @Test func aLazyListRendersAsTheListItStandsFor() throws {
        // 200 items: past the length at which lists are rendered on every core.
        @Sendable func item(_ i: Int) -> [String: Any] { ["n": "\(i)", "note": i % 3 == 0 ? "" : "<\(i)>"] }
        let views = (0..<200).map(item)
        let template = try Template(
            "{{#hasItems}}[{{/hasItems}}{{#items}}{{n}}{{#note}}:{{note}}{{/note}},{{/items}}{{^items}}none{{/items}}")
        let library = TemplateLibrary()
        for parallel in [false, true] {
            let eager = TemplateValue(view: ["items": views], dropEmptyText: true, parallel: parallel)
            let lazy = TemplateValue(
                view: ["items": UntypedLazyViews(count: views.count, make: item)], dropEmptyText: true, parallel: parallel)
            var withTemplate = library
            withTemplate.register(template, named: "t")
            let expected = try #require(withTemplate.render(eager, withTemplate: "t", parallel: parallel))
            #expect(withTemplate.render(lazy, withTemplate: "t", parallel: parallel) == expected)
            // Handed on a piece at a time: the same bytes.
            var pieces: [[UInt8]] = []
            #expect(
                withTemplate.render(lazy, withTemplate: "t", flushEvery: 1) {
                    pieces.append($0)
                    $0.removeAll()
                })
            #expect(pieces.count > 2)
            #expect(Array(pieces.joined()) == expected)
            #expect(String(decoding: expected, as: UTF8.self).hasPrefix("[0,1:&lt;1&gt;,2:&lt;2&gt;,3,"))
        }
        // An empty lazy list is falsy and its flag false.
        let empty = TemplateValue(view: ["items": UntypedLazyViews(count: 0) { _ in [:] }])
        #expect(String(decoding: library.render(empty, template: template), as: UTF8.self) == "none")
    }

    @Test func standaloneLinesLeaveNoTrace() throws {
        // Spec: "Standalone lines should be removed from the template."
        #expect(try render("| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", ["boolean": true]) == "| This Is\n|\n| A Line\n")
        #expect(try render("  {{#boolean}}\n#{{/boolean}}\n/", ["boolean": true]) == "#\n/")
        #expect(try render("| A {{#boolean}}{{! comment }}{{/boolean}} B |", ["boolean": true]) == "| A  B |")
        #expect(try render("Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", [:]) == "Begin.\nEnd.\n")
        #expect(try render("|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", ["boolean": true]) == "|\r\n|")
        #expect(try render(" {{#a}} {{/a}} ", ["a": true]) == "   ")
        #expect(try render("{{% CONTENT_TYPE: PLANPRESS_HTML }}\n<p>{{x}}</p>", ["x": "&"]) == "<p>&amp;</p>")
    }

    @Test func partialsAndTheirIndentation() throws {
        let partials = ["p": "|{{x}}|\n|{{x}}|\n"]
        #expect(try render("[{{>p}}]", ["x": "1"], partials: partials) == "[|1|\n|1|\n]")
        // Spec: "Each line of the partial should be indented before rendering."
        #expect(try render("\\\n  {{>p}}\n/\n", ["x": "1"], partials: partials) == "\\\n  |1|\n  |1|\n/\n")
        #expect(try render("{{>missing}}.", [:]) == ".")
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render("{{=<% %>=}}(<%text%>) {{text}}", ["text": "Hey!"]) == "(Hey!) {{text}}")
    }

    @Test func errorsNameTheLine() throws {
        #expect(throws: TemplateError.self) { try Template("a\n{{#x}}\nb\n{{/y}}") }
        do {
            _ = try Template("a\n\n{{#x}}b", name: "t.mustache")
            Issue.record("an unclosed section parsed")
        } catch let e as TemplateError {
            #expect(e.description.contains("t.mustache"))
            #expect(e.description.contains("line 3"))
        }
        #expect(throws: TemplateError.self) { try Template("{{x(y)}}") }
        #expect(throws: TemplateError.self) { try Template("{{<parent}}{{/parent}}") }
    }

    @Test func viewConversion() throws {
        // Text is shown as BidiIsolation.display shows it, in objects and in lists of text.
        let rlo = "a\u{202E}b"
        #expect(
            try render("{{x}}|{{#l}}{{.}}{{/l}}", ["x": rlo, "l": [rlo]]) == BidiIsolation.display(rlo) + "|" + BidiIsolation.display(rlo))
        // An empty optional is no value; a full one is its value.
        let none: String? = nil
        let some: String? = "v"
        #expect(try render("{{#a}}A{{/a}}{{^a}}none{{/a}}{{b}}", ["a": none as Any, "b": some as Any]) == "nonev")
        // Dictionaries of text, integers and mixed lists.
        #expect(try render("{{d.k}} {{n}} {{#mixed}}.{{/mixed}}", ["d": ["k": "v"], "n": 7, "mixed": ["a", 1] as [Any]]) == "v 7 ..")
        // The booklet's form: empty texts are absent, so `{{#note}}` means "has a note".
        let view: [String: Any] = ["note": "", "rows": [["note": ""], ["note": "x"]]]
        var library = TemplateLibrary()
        let t = try Template("{{#note}}N{{/note}}{{#rows}}[{{#note}}{{note}}{{/note}}]{{/rows}}")
        #expect(String(decoding: library.render(TemplateValue(view: view, dropEmptyText: true), template: t), as: UTF8.self) == "[][x]")
        library.register(t, named: "t")
        #expect(library.render(TemplateValue(view: view), withTemplate: "t").map { String(decoding: $0, as: UTF8.self) } == "N[][x]")
        #expect(library.render(TemplateValue(view: view), withTemplate: "absent") == nil)
    }
}
